/**
 * Tenant administration: what a customer's admins, and its delegated-admin partner on its
 * behalf, do in the customer's tenant: users and their licenses, groups, mailboxes, data
 * migrations. Every console page declares its action ({@code @TenantConsole}) and passes
 * the delegation module's tenant access check; every change is checked again by the
 * service that makes it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tenant administration")
package com.partnerportal.tenantadmin;
