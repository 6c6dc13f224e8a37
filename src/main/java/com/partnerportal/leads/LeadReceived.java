package com.partnerportal.leads;

import java.time.Instant;
import java.util.UUID;

/**
 * A partner received a contact request (a visitor's once its email was verified, a
 * customer's at once), due to be answered by {@code answerDueAt}.
 */
public record LeadReceived(UUID leadId, UUID partnerId, UUID customerId, String companyName, Instant receivedAt,
		Instant answerDueAt) {

}
