package com.partnerportal.platform;

import java.time.Instant;
import java.util.UUID;

/**
 * A domain event that belongs in the activity log. The audit module listens to all of
 * them; events carry ids, never secrets, because they are stored in the event publication
 * registry.
 */
public interface ActivityEvent {

	Actor actor();

	/** What happened, e.g. {@code TRIAL_INVITATION_SENT}; shown through a message key. */
	String action();

	/** The partner involved, if any. */
	UUID partnerId();

	/** The customer involved, if any. */
	UUID customerId();

	/** The thing acted on (an invitation, a tenant, ...). */
	UUID subjectId();

	/** A short human-readable detail (a company or e-mail address), never a secret. */
	String detail();

	Instant occurredAt();

	/**
	 * The name of the delegated role a partner acted by in the customer's tenant, if it
	 * acted on the customer's behalf; {@code null} otherwise.
	 */
	default String delegatedRole() {
		return null;
	}

}
