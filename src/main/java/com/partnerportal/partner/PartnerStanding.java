package com.partnerportal.partner;

import java.time.Instant;
import java.util.UUID;

/**
 * What a partner may do now, read in one query on each partner request: its standing (and
 * the operator's reason), whether it signed the Partner Agreement, and whether it
 * accepted the current version or is past that version's grace period.
 *
 * @param partnerId the partner
 * @param standing its standing
 * @param standingReason the operator's reason for it (null when active from the start)
 * @param signedVersion the last version it accepted (null: never signed)
 * @param currentVersion the current version of the agreement (null: none published)
 * @param graceEndsAt when the current version's grace period ends
 * @param now the time of the check
 */
public record PartnerStanding(UUID partnerId, Standing standing, String standingReason, String signedVersion,
		String currentVersion, Instant graceEndsAt, Instant now) {

	public boolean agreementSigned() {
		return this.signedVersion != null;
	}

	/** Signed an older version and has not accepted the current one yet. */
	public boolean agreementBehind() {
		return agreementSigned() && this.currentVersion != null && !this.currentVersion.equals(this.signedVersion);
	}

	/** Behind on the agreement past the grace period: sales frozen, not locked out. */
	public boolean agreementOverdue() {
		return agreementBehind() && this.graceEndsAt != null && this.now.isAfter(this.graceEndsAt);
	}

	public boolean isSuspended() {
		return this.standing == Standing.SUSPENDED;
	}

	public boolean isListed() {
		return this.standing.isListed();
	}

	/** May send new invitations, offers and delegated-admin requests. */
	public boolean maySell() {
		return refusalKey() == null;
	}

	/** May serve the customers it already has (its delegated access included). */
	public boolean mayServeCustomers() {
		return agreementSigned() && this.standing.mayServeCustomers();
	}

	/**
	 * Why the partner may not sell (a message key taking the operator's reason as its
	 * argument), or null when it may.
	 */
	public String refusalKey() {
		if (!agreementSigned()) {
			return "partner.agreement.required";
		}
		if (!this.standing.maySell()) {
			return "partner.standing.refused." + this.standing.name();
		}
		if (agreementOverdue()) {
			return "partner.agreement.overdue.refused";
		}
		return null;
	}

	/** The argument of {@link #refusalKey()}: the reason, or the version to accept. */
	public String refusalArgument() {
		if (agreementSigned() && !this.standing.maySell()) {
			return (this.standingReason != null) ? this.standingReason : "";
		}
		return (this.currentVersion != null) ? this.currentVersion : "";
	}

}
