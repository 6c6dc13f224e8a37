/**
 * Audit: the activity log, written by a listener of the other modules' events, and the
 * customer's page of what its delegated-admin partner did on its behalf.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package com.partnerportal.audit;
