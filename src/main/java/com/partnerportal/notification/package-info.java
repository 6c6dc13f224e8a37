/**
 * Notification: outgoing mail. Templates per language, the mail log (which is also the
 * outbox: a mail is stored in the transaction that causes it), delivery after commit with
 * retries, and the back-office mail log page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package com.partnerportal.notification;
