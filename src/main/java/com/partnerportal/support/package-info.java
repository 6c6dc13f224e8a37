/**
 * Support: service requests to the operator, opened by a customer itself or by a partner
 * on its behalf, their conversation, and (later) the back-office queue. The tenant pages
 * live under {@code /tenants/{customerId}/service-requests}, where the delegation
 * module's tenant access check runs before every handler.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Support")
package com.partnerportal.support;
