/**
 * Invitations: trial invitations and purchase offers, one lifecycle (sent, viewed,
 * accepted, declined, expired, revoked), the emailed links (only a hash of their token is
 * stored), acceptance and decline from those links, and delegated-admin requests carried
 * by an invitation. Acceptance has one entry point ({@code InvitationAcceptance}); the
 * invitation's mails are queued by {@code InvitationMails}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Invitation")
package com.partnerportal.invitation;
