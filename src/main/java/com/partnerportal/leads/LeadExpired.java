package com.partnerportal.leads;

import java.time.Instant;
import java.util.UUID;

/**
 * A contact request was not answered in time: the customer is told and shown other
 * partners.
 */
public record LeadExpired(UUID leadId, UUID partnerId, Instant receivedAt, Instant expiredAt) {

}
