package com.partnerportal.support;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.ActivityEvent;
import com.partnerportal.platform.Actor;

/**
 * A service request was opened, written in or closed. {@code partnerId} is the partner of
 * the partner user who acted on the customer's behalf, if one did.
 */
public record ServiceRequestEvent(Change change, UUID requestId, UUID customerId, UUID partnerId, String reference,
		String title, ServiceRequestState state, Actor actor, Instant occurredAt) implements ActivityEvent {

	@Override
	public String action() {
		return "SERVICE_REQUEST_" + this.change.name();
	}

	@Override
	public UUID subjectId() {
		return this.requestId;
	}

	@Override
	public String detail() {
		return this.reference + " " + this.title;
	}

	/**
	 * What happened to the request.
	 */
	public enum Change {

		OPENED, REPLIED, CLOSED

	}

}
