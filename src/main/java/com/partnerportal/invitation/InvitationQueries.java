package com.partnerportal.invitation;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.jpa.domain.Specification;

/**
 * The partner's invitation list: its own invitations, of one kind or all, in one state as
 * of now (an open invitation past its expiry counts as expired before the job marks it).
 */
final class InvitationQueries {

	private InvitationQueries() {
	}

	static Specification<Invitation> ofPartner(UUID partnerId, InvitationKind kind, InvitationState state,
			Instant now) {
		Specification<Invitation> spec = (root, query, cb) -> cb.equal(root.get("partnerId"), partnerId);
		if (kind != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("kind"), kind));
		}
		if (state == null) {
			return spec;
		}
		Specification<Invitation> inState;
		if (state.isOpen()) {
			inState = (root, query, cb) -> cb.and(cb.equal(root.get("state"), state),
					cb.greaterThan(root.get("expiresAt"), now));
		}
		else if (state == InvitationState.EXPIRED) {
			inState = (root, query, cb) -> cb.or(cb.equal(root.get("state"), InvitationState.EXPIRED), cb
				.and(root.get("state").in(InvitationState.OPEN), cb.lessThanOrEqualTo(root.get("expiresAt"), now)));
		}
		else {
			inState = (root, query, cb) -> cb.equal(root.get("state"), state);
		}
		return spec.and(inState);
	}

}
