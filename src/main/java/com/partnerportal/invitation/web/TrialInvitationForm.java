package com.partnerportal.invitation.web;

import java.util.List;
import java.util.UUID;

import com.partnerportal.invitation.Invitations;
import com.partnerportal.invitation.NewTrialInvitation;
import com.partnerportal.platform.web.SupportedLanguage;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * The new-trial-invitation form: to one of the partner's customers, or to a new customer
 * (then company, contact, email and language are required).
 */
public record TrialInvitationForm(UUID customerId,
		@Size(max = 200, message = "{validation.too-long}") String companyName,
		@Size(max = 200, message = "{validation.too-long}") String contactName,
		@Email(regexp = ".+@[^@]+\\.[^@]+", message = "{validation.email}") @Size(max = 320,
				message = "{validation.too-long}") String email,
		@SupportedLanguage(message = "{invitation.language.unsupported}") String language,
		@Size(max = 1000, message = "{validation.too-long}") String personalMessage,
		@NotEmpty(message = "{invitation.offers.required}") @Size(max = Invitations.MAX_OFFERS,
				message = "{invitation.offers.too-many}") List<String> offerCodes,
		Boolean delegatedAdmin) {

	/**
	 * The browser always sends the new-customer email field: left empty (for an existing
	 * customer) it is no address, not a wrong one.
	 */
	public TrialInvitationForm {
		email = RecipientFields.blankToNull(email);
	}

	static TrialInvitationForm empty(UUID customerId, String language) {
		return new TrialInvitationForm(customerId, null, null, null, language, null, List.of(), false);
	}

	public List<String> chosenOffers() {
		return (this.offerCodes != null) ? this.offerCodes : List.of();
	}

	NewTrialInvitation toCommand() {
		return new NewTrialInvitation(this.customerId, this.companyName, this.contactName, this.email, this.language,
				this.personalMessage, chosenOffers(), Boolean.TRUE.equals(this.delegatedAdmin));
	}

}
