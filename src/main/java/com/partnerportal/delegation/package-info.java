/**
 * Delegation: delegated-admin relationships (approval, amendment, handover, removal), at
 * most one active per customer, and {@code TenantAccess}, the one check of who may take
 * which {@code TenantAction} in which customer's tenant, called by every on-behalf use
 * case.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Delegation")
package com.partnerportal.delegation;
