/**
 * Customers: tenants, their admin accounts, subscriptions and licenses, Partner of
 * Record.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customer")
package com.partnerportal.customer;
