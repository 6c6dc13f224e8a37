package com.partnerportal.partner.web;

import java.util.UUID;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

/**
 * A partner admin's acceptance of a version of the Partner Agreement: which version it
 * read, and that it accepts it.
 */
record AgreementAcceptanceForm(@NotNull(message = "{typeMismatch.acceptance.versionId}") UUID versionId,
		@NotNull(message = "{partner.agreement.accept.required}") @AssertTrue(
				message = "{partner.agreement.accept.required}") Boolean accepted) {

}
