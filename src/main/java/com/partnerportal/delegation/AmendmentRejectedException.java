package com.partnerportal.delegation;

/**
 * An amendment the partner may not propose (or the customer accept) as it stands, and
 * why: the web layer decides which form field a reason belongs to.
 */
public class AmendmentRejectedException extends RuntimeException {

	private final Reason reason;

	AmendmentRejectedException(Reason reason) {
		super(reason.name());
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

	public String messageKey() {
		return this.reason.messageKey();
	}

	/**
	 * Why an amendment is refused.
	 */
	public enum Reason {

		/** Neither the roles nor the end date would change. */
		NO_CHANGE("delegation.amendment.no-change", false),
		/** Every role would be removed (the customer removes a relationship). */
		NO_ROLES_LEFT("delegation.amendment.no-roles", false),
		/** An extension outside 1 day to 2 years. */
		EXTENSION_OUT_OF_RANGE("delegation.amendment.extension.range", true),
		/** An extension of a relationship without an end date. */
		EXTENSION_WITHOUT_END_DATE("delegation.amendment.extension.no-end-date", true),
		/** An auto-extending relationship would cover every area. */
		AUTO_EXTEND_WITH_EVERY_ROLE("delegation.terms.autoExtend.every-role", false);

		private final String messageKey;

		private final boolean aboutExtension;

		Reason(String messageKey, boolean aboutExtension) {
			this.messageKey = messageKey;
			this.aboutExtension = aboutExtension;
		}

		public String messageKey() {
			return this.messageKey;
		}

		/** Whether the reason is about the extension (else about the roles). */
		public boolean aboutExtension() {
			return this.aboutExtension;
		}

	}

}
