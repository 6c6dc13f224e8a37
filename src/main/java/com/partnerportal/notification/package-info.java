/**
 * Notification: outgoing mail. Templates per language, the mail log (which is also the
 * outbox), delivery after commit with retries.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package com.partnerportal.notification;
