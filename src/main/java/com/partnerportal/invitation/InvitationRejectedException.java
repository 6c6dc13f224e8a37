package com.partnerportal.invitation;

/**
 * An invitation the partner may not send as entered, and why, in the domain's words: the
 * web layer decides which form field a reason belongs to. A reason about one line of a
 * purchase offer names the line (its index among the lines sent).
 */
public class InvitationRejectedException extends RuntimeException {

	private final Reason reason;

	private final Integer line;

	private final Object[] arguments;

	InvitationRejectedException(Reason reason, Object... arguments) {
		this(reason, null, arguments);
	}

	private InvitationRejectedException(Reason reason, Integer line, Object... arguments) {
		super(reason + ": " + reason.messageKey() + ((line != null) ? " (line " + line + ")" : ""));
		this.reason = reason;
		this.line = line;
		this.arguments = arguments;
	}

	/**
	 * A reason about one line of a purchase offer.
	 */
	static InvitationRejectedException ofLine(int line, Reason reason) {
		return new InvitationRejectedException(reason, line);
	}

	public Reason reason() {
		return this.reason;
	}

	/**
	 * The index of the line the reason is about, or null if it is about no one line.
	 */
	public Integer line() {
		return this.line;
	}

	public String messageKey() {
		return this.reason.messageKey();
	}

	/**
	 * The values the message names (a limit, for example).
	 */
	public Object[] arguments() {
		return this.arguments.clone();
	}

	/**
	 * Why an invitation is refused.
	 */
	public enum Reason {

		/** A trial invitation offers nothing. */
		NO_OFFERS("invitation.offers.required"),
		/** More offers than a trial invitation carries. */
		TOO_MANY_OFFERS("invitation.offers.too-many"),
		/**
		 * An offer without a trial, or outside the partner's authorized service types.
		 */
		OFFER_NOT_AUTHORIZED("invitation.offers.not-authorized"),
		/** The customer has had a trial of an offer already. */
		TRIAL_ALREADY_USED("invitation.offers.trial-used"),
		/**
		 * The new customer's email has an open invitation of the partner, or a tenant.
		 */
		RECIPIENT_ALREADY_KNOWN("invitation.email.duplicate"),
		/** A language the portal does not speak. */
		LANGUAGE_UNSUPPORTED("invitation.language.unsupported"),
		/** A tenant of another cloud instance than the partner's. */
		TENANT_OF_ANOTHER_CLOUD_INSTANCE("availability.recipient.other-cloud-instance"),
		/** The partner is not enrolled in a program (or has no signed agreement). */
		NOT_ELIGIBLE_FOR_DELEGATED_ADMIN("delegation.not-eligible"),
		/** The partner is the customer's delegated admin already. */
		ALREADY_DELEGATED_ADMIN("delegation.request.already-delegated-admin"),
		/** A delegated-admin request without a role. */
		DELEGATED_ROLES_REQUIRED("delegation.terms.roles.required"),
		/** A delegated-admin request without a duration, or one outside 1 to 730 days. */
		DELEGATED_DAYS_OUT_OF_RANGE("delegation.terms.days.range"),
		/** Auto-extension asked for together with roles that cover every area. */
		DELEGATED_AUTO_EXTEND_WITH_EVERY_ROLE("delegation.terms.autoExtend.every-role"),
		/** The partner has a delegated-admin request to the customer open. */
		DELEGATED_ADMIN_REQUEST_OPEN("delegation.request.already-open"),
		/** No tenant has the domain a delegated-admin request was addressed to. */
		UNKNOWN_TENANT_DOMAIN("delegation.request.unknown-domain"),
		/** A purchase offer's validity out of range. */
		VALIDITY_OUT_OF_RANGE("offer.validDays.range"),
		/** A purchase offer without lines. */
		NO_LINES("offer.lines.required"),
		/** More lines than a purchase offer has. */
		TOO_MANY_LINES("offer.lines.too-many"),
		/**
		 * A line's offer is unknown or outside the partner's authorized service types.
		 */
		LINE_OFFER_NOT_AUTHORIZED("offer.line.not-authorized"),
		/** Two lines of the same offer. */
		LINE_OFFER_REPEATED("offer.line.duplicate"),
		/** A line's quantity outside what the offer allows. */
		LINE_QUANTITY_OUT_OF_RANGE("offer.line.quantity.range"),
		/** A line without a billing term. */
		LINE_WITHOUT_BILLING_TERM("offer.line.billingTerm.required"),
		/** A line priced in another currency than the lines before it. */
		LINE_IN_ANOTHER_CURRENCY("offer.line.currency");

		private final String messageKey;

		Reason(String messageKey) {
			this.messageKey = messageKey;
		}

		public String messageKey() {
			return this.messageKey;
		}

	}

}
