package com.partnerportal.leads;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.partnerportal.platform.Actor;
import com.partnerportal.platform.AggregateRoot;
import com.partnerportal.platform.ConflictException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A contact request to one partner. Guards its own lifecycle: a visitor's request reaches
 * the partner only once its email is verified (the link's token hash is kept until it is
 * used, and works until it expires); the partner answers an open request once (accept or
 * decline with a reason) before its deadline, after which it expires; an accepted request
 * is linked to at most one trial invitation.
 */
@Entity
@Table(name = "lead")
class Lead extends AggregateRoot<Lead> {

	static final String NOT_OPEN = "leads.error.notOpen";

	static final String LINK_USED = "leads.verify.used";

	static final String LINK_EXPIRED = "leads.verify.expired";

	static final String NOT_ACCEPTED = "leads.error.notAccepted";

	static final String ALREADY_INVITED = "leads.error.alreadyInvited";

	@Id
	private UUID id;

	private UUID partnerId;

	private UUID customerId;

	private String contactName;

	private String email;

	private String companyName;

	@Enumerated(EnumType.STRING)
	private CompanySize companySize;

	private String serviceCodes;

	private String message;

	private String language;

	@Enumerated(EnumType.STRING)
	private LeadState state;

	private String tokenHash;

	private Instant tokenExpiresAt;

	private Instant createdAt;

	private Instant receivedAt;

	private Instant answerDueAt;

	private Instant answeredAt;

	private String answeredByName;

	@Enumerated(EnumType.STRING)
	private DeclineReason declineReason;

	private UUID invitationId;

	@Version
	private long version;

	protected Lead() {
	}

	private Lead(UUID partnerId, UUID customerId, NewLead details, String email, Instant now) {
		if (details.serviceCodes().isEmpty()) {
			throw new IllegalArgumentException("A contact request names at least one service");
		}
		this.id = UUID.randomUUID();
		this.partnerId = partnerId;
		this.customerId = customerId;
		this.contactName = details.contactName();
		this.email = email;
		this.companyName = details.companyName();
		this.companySize = details.companySize();
		this.serviceCodes = String.join(",", details.serviceCodes());
		this.message = details.message();
		this.language = details.language();
		this.createdAt = now;
	}

	/**
	 * A visitor's request: waits for its email to be verified by the link with this token
	 * hash, valid until {@code tokenExpiresAt}.
	 */
	static Lead fromVisitor(UUID partnerId, NewLead details, String tokenHash, Instant tokenExpiresAt, Instant now) {
		Lead lead = new Lead(partnerId, null, details, details.email(), now);
		lead.state = LeadState.UNVERIFIED;
		lead.tokenHash = tokenHash;
		lead.tokenExpiresAt = tokenExpiresAt;
		return lead;
	}

	/**
	 * A signed-in customer's request, from its contact address: the partner receives it
	 * at once.
	 */
	static Lead fromCustomer(UUID partnerId, UUID customerId, NewLead details, String contactEmail, Instant now,
			Instant answerDueAt) {
		Lead lead = new Lead(partnerId, customerId, details, contactEmail, now);
		lead.receive(now, answerDueAt);
		return lead;
	}

	/**
	 * The visitor confirmed its email through the link: the partner receives the request,
	 * due by {@code answerDueAt}. The link works once.
	 * @throws ConflictException if the link was used or has expired
	 */
	void verify(Instant now, Instant answerDueAt) {
		if (this.state != LeadState.UNVERIFIED || this.tokenHash == null) {
			throw new ConflictException(LINK_USED);
		}
		if (!now.isBefore(this.tokenExpiresAt)) {
			throw new ConflictException(LINK_EXPIRED);
		}
		this.tokenHash = null;
		receive(now, answerDueAt);
	}

	private void receive(Instant now, Instant answerDueAt) {
		this.state = LeadState.OPEN;
		this.receivedAt = now;
		this.answerDueAt = answerDueAt;
		registerEvent(new LeadReceived(this.id, this.partnerId, this.customerId, this.companyName, now, answerDueAt));
	}

	/**
	 * The partner accepts the open request before its deadline.
	 * @throws ConflictException if it was answered already or has expired
	 */
	void accept(Actor answeredBy, Instant now) {
		requireOpen(now);
		this.state = LeadState.ACCEPTED;
		answered(answeredBy, now, true);
	}

	/**
	 * The partner declines the open request before its deadline, saying why.
	 * @throws ConflictException if it was answered already or has expired
	 */
	void decline(Actor answeredBy, DeclineReason reason, Instant now) {
		if (reason == null) {
			throw new IllegalArgumentException("A decline has a reason");
		}
		requireOpen(now);
		this.state = LeadState.DECLINED;
		this.declineReason = reason;
		answered(answeredBy, now, false);
	}

	private void answered(Actor answeredBy, Instant now, boolean accepted) {
		this.answeredAt = now;
		this.answeredByName = answeredBy.name();
		registerEvent(new LeadAnswered(this.id, this.partnerId, this.customerId, this.companyName, this.receivedAt, now,
				accepted, this.declineReason, answeredBy));
	}

	/**
	 * Expires the request if it is open and past its deadline; returns whether it did.
	 */
	boolean expireIfOverdue(Instant now) {
		if (this.state != LeadState.OPEN || now.isBefore(this.answerDueAt)) {
			return false;
		}
		this.state = LeadState.EXPIRED;
		registerEvent(
				new LeadExpired(this.id, this.partnerId, this.customerId, this.companyName, this.receivedAt, now));
		return true;
	}

	/**
	 * Records the trial invitation the partner sent for this accepted request.
	 * @throws ConflictException if the request is not accepted or has its invitation
	 */
	void invitationSent(UUID invitationId, Instant now) {
		if (this.state != LeadState.ACCEPTED) {
			throw new ConflictException(NOT_ACCEPTED);
		}
		if (this.invitationId != null) {
			throw new ConflictException(ALREADY_INVITED);
		}
		this.invitationId = invitationId;
		registerEvent(new LeadInvitationLinked(this.id, this.partnerId, invitationId, now));
	}

	private void requireOpen(Instant now) {
		if (this.state != LeadState.OPEN || !now.isBefore(this.answerDueAt)) {
			throw new ConflictException(NOT_OPEN);
		}
	}

	UUID id() {
		return this.id;
	}

	UUID partnerId() {
		return this.partnerId;
	}

	UUID customerId() {
		return this.customerId;
	}

	String contactName() {
		return this.contactName;
	}

	String email() {
		return this.email;
	}

	String companyName() {
		return this.companyName;
	}

	String language() {
		return this.language;
	}

	LeadState state() {
		return this.state;
	}

	DeclineReason declineReason() {
		return this.declineReason;
	}

	UUID invitationId() {
		return this.invitationId;
	}

	Instant tokenExpiresAt() {
		return this.tokenExpiresAt;
	}

	Instant receivedAt() {
		return this.receivedAt;
	}

	Instant answerDueAt() {
		return this.answerDueAt;
	}

	List<String> serviceCodes() {
		return (this.serviceCodes == null || this.serviceCodes.isEmpty()) ? List.of()
				: Arrays.asList(this.serviceCodes.split(","));
	}

	LeadView toView(Instant now) {
		return new LeadView(this.id, this.partnerId, this.customerId, this.contactName, this.email, this.companyName,
				this.companySize, serviceCodes(), this.message, this.language, this.state, this.receivedAt,
				this.answerDueAt, this.answeredAt, this.answeredByName, this.declineReason, this.invitationId,
				this.version, now);
	}

}
