/**
 * Invitations: trial invitations (and, later, purchase offers) with one lifecycle: sent,
 * viewed, accepted, declined, expired, revoked. Emailed links and acceptance.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Invitation")
package com.partnerportal.invitation;
