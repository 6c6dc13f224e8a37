package com.partnerportal.invitation.web;

import java.util.List;
import java.util.UUID;

import com.partnerportal.delegation.DelegatedRole;
import com.partnerportal.delegation.DelegationTerms;
import com.partnerportal.invitation.InvitationDraft;
import com.partnerportal.invitation.Invitations;
import com.partnerportal.invitation.NewTrialInvitation;
import com.partnerportal.platform.web.SupportedLanguage;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * The new-trial-invitation form: to one of the partner's customers, or to a new customer
 * (then company, contact, email and language are required); {@code leadId} links it to
 * the accepted contact request it answers.
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
		Boolean delegatedAdmin, UUID leadId, List<DelegatedRole> delegatedRoles, Integer delegatedDays,
		Boolean delegatedAutoExtend) {

	/**
	 * The browser always sends the new-customer email field: left empty (for an existing
	 * customer) it is no address, not a wrong one.
	 */
	public TrialInvitationForm {
		email = RecipientFields.blankToNull(email);
	}

	static TrialInvitationForm empty(UUID customerId, String language) {
		return new TrialInvitationForm(customerId, null, null, null, language, null, List.of(), false, null, List.of(),
				DelegationTerms.DEFAULT_DAYS, false);
	}

	/**
	 * A new customer's invitation prefilled from an accepted contact request, and linked
	 * to it.
	 */
	static TrialInvitationForm from(InvitationDraft draft, String fallbackLanguage) {
		String language = (draft.language() != null) ? draft.language() : fallbackLanguage;
		return new TrialInvitationForm(null, draft.companyName(), draft.contactName(), draft.email(), language, null,
				List.of(), false, draft.leadId(), List.of(), DelegationTerms.DEFAULT_DAYS, false);
	}

	public List<String> chosenOffers() {
		return (this.offerCodes != null) ? this.offerCodes : List.of();
	}

	NewTrialInvitation toCommand() {
		return new NewTrialInvitation(this.customerId, this.companyName, this.contactName, this.email, this.language,
				this.personalMessage, chosenOffers(), Boolean.TRUE.equals(this.delegatedAdmin), this.leadId,
				DelegationTermsFields.terms(this.delegatedRoles, this.delegatedDays, this.delegatedAutoExtend));
	}

}
