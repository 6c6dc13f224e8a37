package com.partnerportal.invitation.web;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.partnerportal.invitation.NewTrialInvitation;

/**
 * The new-trial-invitation form.
 */
public record TrialInvitationForm(
		@NotBlank(message = "{validation.required}") @Size(max = 200,
				message = "{validation.too-long}") String companyName,
		@NotBlank(message = "{validation.required}") @Size(max = 200,
				message = "{validation.too-long}") String contactName,
		@NotBlank(message = "{validation.required}") @Email(regexp = ".+@[^@]+\\.[^@]+",
				message = "{validation.email}") @Size(max = 320, message = "{validation.too-long}") String email,
		@NotBlank(message = "{validation.required}") @Pattern(regexp = "en|ja|ko",
				message = "{invitation.language.unsupported}") String language,
		@Size(max = 1000, message = "{validation.too-long}") String personalMessage,
		@NotEmpty(message = "{invitation.offers.required}") List<String> offerCodes) {

	static TrialInvitationForm empty(String language) {
		return new TrialInvitationForm(null, null, null, language, null, List.of());
	}

	public List<String> chosenOffers() {
		return (this.offerCodes != null) ? this.offerCodes : List.of();
	}

	NewTrialInvitation toCommand() {
		return new NewTrialInvitation(this.companyName, this.contactName, this.email, this.language,
				this.personalMessage, chosenOffers());
	}

}
