/**
 * Support: service requests to the operator, opened by a customer itself or by a partner
 * on its behalf, and their conversation. The tenant pages live under
 * {@code /tenants/{customerId}/service-requests}; {@code ServiceRequests} checks tenant
 * access itself through the delegation module's {@code TenantAccess}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Support")
package com.partnerportal.support;
