package com.partnerportal.tenantadmin;

/**
 * A change in a tenant that its data does not allow, and why, in the domain's words: the
 * web layer decides which form field a reason belongs to. The shape of what is entered
 * (required, length, pattern, range) is checked before, on the form.
 */
public class TenantAdminRejectedException extends RuntimeException {

	private final Reason reason;

	private final Object[] arguments;

	TenantAdminRejectedException(Reason reason, Object... arguments) {
		super(reason + ": " + reason.messageKey());
		this.reason = reason;
		this.arguments = arguments;
	}

	public Reason reason() {
		return this.reason;
	}

	public String messageKey() {
		return this.reason.messageKey();
	}

	/**
	 * The values the message names (an offer, a license count).
	 */
	public Object[] arguments() {
		return this.arguments.clone();
	}

	/**
	 * Why a change in a tenant is refused.
	 */
	public enum Reason {

		/** The tenant has a group of that name (ignoring case). */
		GROUP_NAME_TAKEN("tenant.group.name.taken"),
		/** The user is a member of the group already. */
		ALREADY_GROUP_MEMBER("tenant.group.member.already"),
		/** The tenant has a user of that name (ignoring case). */
		USER_NAME_TAKEN("tenant.user.userName.taken"),
		/** The subscription is not running: no license of it can be assigned. */
		LICENSE_UNAVAILABLE("tenant.user.license.unavailable"),
		/** Every license of the subscription is assigned. */
		LICENSES_ALL_ASSIGNED("tenant.user.license.full"),
		/** The user has a mailbox already. */
		USER_HAS_MAILBOX("tenant.mailbox.user.has-mailbox"),
		/** Another mailbox has that address. */
		MAILBOX_ADDRESS_TAKEN("tenant.mailbox.address.taken"),
		/** The migration is not scheduled after the present moment. */
		MIGRATION_NOT_IN_FUTURE("tenant.migration.scheduledFor.future");

		private final String messageKey;

		Reason(String messageKey) {
			this.messageKey = messageKey;
		}

		public String messageKey() {
			return this.messageKey;
		}

	}

}
