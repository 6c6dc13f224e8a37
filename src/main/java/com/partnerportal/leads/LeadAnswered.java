package com.partnerportal.leads;

import java.time.Instant;
import java.util.UUID;

/**
 * A partner answered a contact request (accepted or declined it) {@code answeredAt}, for
 * one that arrived {@code receivedAt}: what the marketplace's response-time badge and
 * sort are computed from.
 */
public record LeadAnswered(UUID leadId, UUID partnerId, Instant receivedAt, Instant answeredAt, boolean accepted) {

}
