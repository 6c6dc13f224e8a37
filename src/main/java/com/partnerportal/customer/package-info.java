/**
 * Customers: customer tenants and their domain prefixes, customer accounts (the sign-in
 * directory of a customer's admins), subscriptions with their licenses, billing terms,
 * trials and jobs, and the Partner of Record of each subscription, which the customer
 * designates separately from the delegated admin.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customer")
package com.partnerportal.customer;
