package com.partnerportal.support;

import java.time.Instant;
import java.util.UUID;

/**
 * A service request as pages show it; {@code partnerName} names the partner that opened
 * it on the customer's behalf, if one did.
 */
public record ServiceRequestView(UUID id, UUID customerId, long number, String title, String description,
		ServiceRequestCategory category, ServiceRequestSeverity severity, ServiceRequestState state,
		AuthorKind openedByKind, String openedByName, UUID partnerId, String partnerName, Instant openedAt,
		Instant updatedAt) {

	/**
	 * How people name the request: {@code SR-1042}.
	 */
	public String reference() {
		return reference(this.number);
	}

	public boolean isClosed() {
		return this.state.isClosed();
	}

	static String reference(long number) {
		return "SR-" + number;
	}

}
