/**
 * Audit: the activity log, fed by the other modules' events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package com.partnerportal.audit;
