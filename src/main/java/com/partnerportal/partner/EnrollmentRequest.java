package com.partnerportal.partner;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.Actor;
import com.partnerportal.platform.AggregateRoot;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A partner's request to enrol in a program, granted or declined by the back office once.
 */
@Entity
@Table(name = "partner_enrollment_request")
class EnrollmentRequest extends AggregateRoot<EnrollmentRequest> {

	@Id
	private UUID id;

	private UUID partnerId;

	@Enumerated(EnumType.STRING)
	private Program program;

	@Enumerated(EnumType.STRING)
	private EnrollmentRequestState state;

	private String requestedBy;

	private Instant requestedAt;

	private String decidedBy;

	private Instant decidedAt;

	private String decisionReason;

	@Version
	private long version;

	protected EnrollmentRequest() {
	}

	EnrollmentRequest(UUID partnerId, Program program, Actor requester, Instant now) {
		this.id = UUID.randomUUID();
		this.partnerId = partnerId;
		this.program = program;
		this.state = EnrollmentRequestState.REQUESTED;
		this.requestedBy = requester.name();
		this.requestedAt = now;
		registerEvent(new EnrollmentRequested(this.id, partnerId, program, requester, now));
	}

	/**
	 * Grants or declines the request (a decline needs a reason).
	 * @throws IllegalPartnerChangeException if it was decided already
	 */
	void decide(boolean grant, String reason, Actor actor, Instant now) {
		if (this.state != EnrollmentRequestState.REQUESTED) {
			throw new IllegalPartnerChangeException("admin.partner.request.decided");
		}
		String why = (reason != null && !reason.isBlank()) ? reason.strip() : null;
		if (!grant && why == null) {
			throw new IllegalPartnerChangeException("admin.partner.reason.required");
		}
		if (why != null && why.length() > Partner.MAX_REASON) {
			throw new IllegalPartnerChangeException("admin.partner.reason.required");
		}
		this.state = grant ? EnrollmentRequestState.GRANTED : EnrollmentRequestState.DECLINED;
		this.decidedBy = actor.name();
		this.decidedAt = now;
		this.decisionReason = why;
		registerEvent(new EnrollmentRequestDecided(this.id, this.partnerId, this.program, grant, why, actor, now));
	}

	UUID id() {
		return this.id;
	}

	UUID partnerId() {
		return this.partnerId;
	}

	Program program() {
		return this.program;
	}

	EnrollmentRequestView toView() {
		return new EnrollmentRequestView(this.id, this.partnerId, this.program, this.state, this.requestedBy,
				this.requestedAt, this.decidedBy, this.decidedAt, this.decisionReason);
	}

}
