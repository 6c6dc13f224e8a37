package com.partnerportal.audit;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the back office looks for in the activity log: a part of the actor's name, a
 * partner, a customer, an action, a period (inclusive days, UTC); each null for any. No
 * period is imposed: the whole log can be searched and exported.
 */
public record ActivitySearch(String actor, UUID partnerId, UUID customerId, String action, LocalDate from,
		LocalDate to) {

	/** The longest actor text. */
	public static final int ACTOR_MAX_LENGTH = 200;

}
