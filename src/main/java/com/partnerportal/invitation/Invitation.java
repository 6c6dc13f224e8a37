package com.partnerportal.invitation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.delegation.DelegatedRole;
import com.partnerportal.delegation.DelegationTerms;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.AggregateRoot;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A partner's invitation to a customer. Guards its own lifecycle: every change checks the
 * state it starts from, and an open invitation past its expiry counts as expired. Each
 * change registers its past-tense event, published when the invitation is saved.
 */
@Entity
@Table(name = "invitation")
class Invitation extends AggregateRoot<Invitation> {

	@Id
	private UUID id;

	@Enumerated(EnumType.STRING)
	private InvitationKind kind;

	private UUID partnerId;

	private UUID sentByUserId;

	private UUID customerId;

	private String companyName;

	private String contactName;

	private String email;

	private String language;

	private String personalMessage;

	@Enumerated(EnumType.STRING)
	private InvitationState state;

	private String tokenHash;

	private Instant expiresAt;

	private Instant createdAt;

	private Instant sentAt;

	private Instant viewedAt;

	private Instant decidedAt;

	private Instant reminderSentAt;

	private boolean delegatedAdminRequested;

	/** The contact request this trial invitation answers, if any. */
	private UUID leadId;

	@Enumerated(EnumType.STRING)
	private DelegatedAdminDecision delegatedAdminDecision;

	/** The roles requested; null for a request sent before roles existed. */
	@Convert(converter = RequestedRolesConverter.class)
	private Set<DelegatedRole> delegatedRoles;

	private Integer delegatedDays;

	private boolean delegatedAutoExtend;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "invitation_line", joinColumns = @JoinColumn(name = "invitation_id"))
	@OrderColumn(name = "line_no")
	private List<InvitationLine> lines = new ArrayList<>();

	@Version
	private long version;

	protected Invitation() {
	}

	/**
	 * An invitation to a new customer ({@code customerId} null) or to one of the
	 * partner's customers.
	 */
	Invitation(InvitationKind kind, UUID partnerId, UUID sentByUserId, UUID customerId, String companyName,
			String contactName, String email, String language, String personalMessage, List<InvitationLine> lines,
			String tokenHash, Instant expiresAt, Instant now) {
		if (lines.isEmpty() != (kind == InvitationKind.DELEGATED_ADMIN)) {
			throw new IllegalArgumentException("Trial invitations and purchase offers, and only they, have offers");
		}
		if (kind == InvitationKind.DELEGATED_ADMIN && customerId == null) {
			throw new IllegalArgumentException("A delegated-admin request goes to an existing customer");
		}
		if (!lines.isEmpty()
				&& (kind == InvitationKind.PURCHASE) != lines.stream().allMatch((line) -> line.quantity() != null)) {
			throw new IllegalArgumentException("Purchase offers, and only they, have quantities");
		}
		this.id = UUID.randomUUID();
		this.kind = kind;
		this.partnerId = partnerId;
		this.sentByUserId = sentByUserId;
		this.companyName = companyName;
		this.contactName = contactName;
		this.email = email;
		this.language = language;
		this.personalMessage = personalMessage;
		this.customerId = customerId;
		this.lines.addAll(lines);
		this.delegatedAdminRequested = (kind == InvitationKind.DELEGATED_ADMIN);
		this.state = InvitationState.SENT;
		this.tokenHash = tokenHash;
		this.expiresAt = expiresAt;
		this.createdAt = now;
		this.sentAt = now;
	}

	/**
	 * Links this new trial invitation to the contact request it answers (checked by the
	 * leads module, which listens to {@link TrialInvitationSent}).
	 */
	void answersLead(UUID leadId) {
		if (this.kind != InvitationKind.TRIAL) {
			throw new IllegalArgumentException("Only trial invitations answer contact requests");
		}
		this.leadId = leadId;
	}

	/**
	 * Announces that the sender sent this new invitation (once its delegated-admin
	 * request, if any, is added).
	 */
	void recordSent(Actor sender) {
		registerEvent(switch (this.kind) {
			case TRIAL -> new TrialInvitationSent(this.id, this.partnerId, this.customerId, this.companyName, sender,
					this.sentAt, this.leadId);
			case PURCHASE ->
				new PurchaseOfferSent(this.id, this.partnerId, this.customerId, this.companyName, sender, this.sentAt);
			case DELEGATED_ADMIN -> new DelegatedAdminRequested(this.id, this.partnerId, this.customerId,
					this.companyName, sender, this.sentAt);
		});
	}

	/**
	 * The state as of {@code now}: an open invitation past its expiry is expired even
	 * before the expiry job has marked it.
	 */
	InvitationState stateAt(Instant now) {
		return (this.state.isOpen() && !now.isBefore(this.expiresAt)) ? InvitationState.EXPIRED : this.state;
	}

	/**
	 * Records the first view; returns whether this was it.
	 */
	boolean markViewed(Instant now) {
		if (stateAt(now) != InvitationState.SENT) {
			return false;
		}
		this.state = InvitationState.VIEWED;
		this.viewedAt = now;
		registerEvent(new InvitationViewed(this.kind, this.id, this.partnerId, this.customerId, this.companyName,
				Actor.invitee(this.email), now));
		return true;
	}

	/**
	 * Accepted by {@code actor} for the customer; {@code newTenantDomain} is the domain
	 * of a tenant created for a new customer, or null.
	 */
	void accept(UUID customerId, String newTenantDomain, Actor actor, Instant now) {
		requireOpen(now, "accept");
		if (this.customerId != null && !this.customerId.equals(customerId)) {
			throw new IllegalArgumentException(
					"Invitation for customer " + this.customerId + " accepted for " + customerId);
		}
		this.state = InvitationState.ACCEPTED;
		this.customerId = customerId;
		this.decidedAt = now;
		registerEvent(new InvitationAccepted(this.kind, this.id, this.partnerId, customerId, this.companyName,
				newTenantDomain, actor, now));
	}

	void decline(Actor actor, Instant now) {
		requireOpen(now, "decline");
		this.state = InvitationState.DECLINED;
		this.decidedAt = now;
		registerEvent(new InvitationDeclined(this.kind, this.id, this.partnerId, this.customerId, this.companyName,
				actor, now));
	}

	void revoke(Actor actor, Instant now) {
		requireOpen(now, "revoke");
		this.state = InvitationState.REVOKED;
		this.decidedAt = now;
		registerEvent(new InvitationRevoked(this.kind, this.id, this.partnerId, this.customerId, this.companyName,
				actor, now));
	}

	/**
	 * A new link replaces the old one, which stops working; the invitation is open again
	 * for a new period even if it had expired.
	 */
	void resend(String newTokenHash, Instant newExpiry, Actor actor, Instant now) {
		InvitationState current = stateAt(now);
		if (!current.isOpen() && current != InvitationState.EXPIRED) {
			throw new IllegalInvitationStateException(current, "resend");
		}
		this.tokenHash = newTokenHash;
		this.expiresAt = newExpiry;
		this.sentAt = now;
		this.state = InvitationState.SENT;
		this.viewedAt = null;
		this.reminderSentAt = null;
		registerEvent(new InvitationResent(this.kind, this.id, this.partnerId, this.customerId, this.companyName, actor,
				now));
	}

	/**
	 * Asks the customer, along with the offers, to approve the partner as its delegated
	 * admin.
	 */
	void requestDelegatedAdmin(DelegationTerms terms) {
		if (this.state != InvitationState.SENT) {
			throw new IllegalInvitationStateException(this.state, "add a delegated-admin request to");
		}
		if (terms.problem() != null) {
			throw new IllegalArgumentException("Delegated-admin terms not valid: " + terms.problem());
		}
		this.delegatedAdminRequested = true;
		this.delegatedRoles = EnumSet.copyOf(terms.roles());
		this.delegatedDays = terms.days();
		this.delegatedAutoExtend = terms.autoExtend();
	}

	/**
	 * What the delegated-admin request asks for; a request sent before roles existed asks
	 * for every role without an end date; null without a request.
	 */
	DelegationTerms delegatedAdminTerms() {
		if (!this.delegatedAdminRequested) {
			return null;
		}
		if (this.delegatedRoles == null || this.delegatedRoles.isEmpty()) {
			return DelegationTerms.everyRoleWithoutEnd();
		}
		return new DelegationTerms(this.delegatedRoles, this.delegatedDays, this.delegatedAutoExtend);
	}

	/**
	 * Records the customer's separate choice on the delegated-admin request.
	 */
	void decideDelegatedAdmin(boolean approved) {
		if (!this.delegatedAdminRequested) {
			throw new IllegalStateException("No delegated admin was requested");
		}
		this.delegatedAdminDecision = approved ? DelegatedAdminDecision.APPROVED : DelegatedAdminDecision.DECLINED;
	}

	boolean isDelegatedAdminRequested() {
		return this.delegatedAdminRequested;
	}

	/**
	 * A reminder with a fresh link: the old link stops working, the expiry stays.
	 */
	void remind(String newTokenHash, Instant now) {
		requireOpen(now, "remind");
		this.tokenHash = newTokenHash;
		this.reminderSentAt = now;
	}

	/**
	 * Marks an overdue invitation expired; returns whether it was.
	 */
	boolean expireIfOverdue(Instant now) {
		if (this.state.isOpen() && !now.isBefore(this.expiresAt)) {
			this.state = InvitationState.EXPIRED;
			this.decidedAt = now;
			registerEvent(new InvitationExpired(this.kind, this.id, this.partnerId, this.customerId, this.companyName,
					Actor.system(), now));
			return true;
		}
		return false;
	}

	private void requireOpen(Instant now, String change) {
		InvitationState current = stateAt(now);
		if (!current.isOpen()) {
			throw new IllegalInvitationStateException(current, change);
		}
	}

	UUID id() {
		return this.id;
	}

	InvitationKind kind() {
		return this.kind;
	}

	boolean isForExistingCustomer() {
		return this.customerId != null;
	}

	List<InvitationLine> lines() {
		return List.copyOf(this.lines);
	}

	/**
	 * The priced lines and totals of a purchase offer; null for a trial invitation.
	 */
	PurchaseQuote quote() {
		return (this.kind == InvitationKind.PURCHASE)
				? PurchaseQuote.of(this.lines.stream().map(InvitationLine::toQuoteLine).toList()) : null;
	}

	UUID partnerId() {
		return this.partnerId;
	}

	UUID sentByUserId() {
		return this.sentByUserId;
	}

	UUID customerId() {
		return this.customerId;
	}

	String companyName() {
		return this.companyName;
	}

	String contactName() {
		return this.contactName;
	}

	String email() {
		return this.email;
	}

	String language() {
		return this.language;
	}

	String personalMessage() {
		return this.personalMessage;
	}

	Instant expiresAt() {
		return this.expiresAt;
	}

	Instant sentAt() {
		return this.sentAt;
	}

	List<String> offerCodes() {
		return this.lines.stream().map(InvitationLine::offerCode).toList();
	}

	InvitationSummary toSummary(Instant now) {
		return new InvitationSummary(this.id, this.kind, this.companyName, this.contactName, this.email, this.language,
				stateAt(now), offerCodes(), this.personalMessage, this.createdAt, this.sentAt, this.viewedAt,
				this.decidedAt, this.expiresAt, this.customerId, quote(), this.delegatedAdminRequested,
				this.delegatedAdminDecision);
	}

}
