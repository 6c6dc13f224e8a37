/**
 * Tenant administration: what a customer's admins, and its delegated-admin partner on its
 * behalf, do in the customer's tenant: users and their licenses, groups, mailboxes, data
 * migrations. Every request passes the delegation module's tenant access check.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tenant administration")
package com.partnerportal.tenantadmin;
