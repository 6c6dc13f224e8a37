package com.partnerportal.partner.web;

import com.partnerportal.partner.Standing;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A change of a partner's standing, with its reason.
 */
record StandingForm(@NotNull(message = "{admin.partner.standing.required}") Standing standing,
		@NotBlank(message = "{admin.partner.reason.required}") @Size(max = 500,
				message = "{admin.partner.reason.required}") String reason) {

}
