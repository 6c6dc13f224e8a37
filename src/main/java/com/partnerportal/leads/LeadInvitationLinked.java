package com.partnerportal.leads;

import java.time.Instant;
import java.util.UUID;

/**
 * The partner sent a trial invitation for an accepted contact request.
 */
public record LeadInvitationLinked(UUID leadId, UUID partnerId, UUID invitationId, Instant occurredAt) {

}
