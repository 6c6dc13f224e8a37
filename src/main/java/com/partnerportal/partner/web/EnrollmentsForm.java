package com.partnerportal.partner.web;

import java.util.Set;

import com.partnerportal.partner.PartnerView;
import com.partnerportal.partner.Program;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A partner's program enrollments and authorized service types as the back office sets
 * them, with the reason.
 */
record EnrollmentsForm(Set<Program> programs, Set<String> services,
		@NotBlank(message = "{admin.partner.reason.required}") @Size(max = 500,
				message = "{admin.partner.reason.required}") String reason) {

	static EnrollmentsForm of(PartnerView partner) {
		return new EnrollmentsForm(partner.programs(), partner.authorizedServiceCodes(), "");
	}

	public Set<Program> chosenPrograms() {
		return (this.programs != null) ? this.programs : Set.of();
	}

	public Set<String> chosenServices() {
		return (this.services != null) ? this.services : Set.of();
	}

}
