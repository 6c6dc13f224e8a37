package com.partnerportal.partner;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.platform.CloudInstance;

/**
 * A partner as other modules see it.
 */
public record PartnerView(UUID id, String name, CloudInstance cloudInstance, boolean agreementSigned,
		String agreementVersion, String agreementSignedBy, Instant agreementSignedAt, Set<Program> programs,
		Set<String> authorizedServiceCodes, Standing standing, String standingReason, Instant standingChangedAt,
		Instant createdAt) {

	/** Only enrolled partners may request delegated admin. */
	public boolean isEnrolled() {
		return !this.programs.isEmpty();
	}

	/** In the marketplace (once it exists): not hidden, not suspended. */
	public boolean isListed() {
		return this.standing.isListed();
	}

	public boolean mayOffer(String serviceCode) {
		return this.authorizedServiceCodes.contains(serviceCode);
	}

}
