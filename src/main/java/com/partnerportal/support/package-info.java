/**
 * Support: service requests to the operator, opened by a customer itself or by a partner
 * on its behalf, their conversation, and (later) the back-office queue. The tenant pages
 * live under {@code /tenants/{customerId}/service-requests}, declared part of the
 * tenant's console for the SUPPORT action; {@code ServiceRequests} checks access again
 * itself.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Support")
package com.partnerportal.support;
