package com.partnerportal.support;

import java.time.Instant;

/**
 * When the support team's first answer to a request is due, and from when the request
 * counts as due soon.
 */
record FirstResponseDeadline(Instant dueAt, Instant dueSoonAt) {

	FirstResponseDeadline {
		if (dueSoonAt.isAfter(dueAt)) {
			throw new IllegalArgumentException("Due soon after due");
		}
	}

}
