package com.partnerportal.invitation.web;

import com.partnerportal.customer.DomainPrefixes;
import com.partnerportal.invitation.NewTenantDetails;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The customer's acceptance form: organization, tenant domain prefix, first admin.
 */
public record AcceptInvitationForm(
		@NotBlank(message = "{validation.required}") @Size(max = 200,
				message = "{validation.too-long}") String organizationName,
		@NotBlank(message = "{validation.required}") @Pattern(regexp = DomainPrefixes.PATTERN,
				message = "{accept.domainPrefix.invalid}") String domainPrefix,
		@NotBlank(message = "{validation.required}") @Size(max = 200,
				message = "{validation.too-long}") String adminName,
		@NotBlank(message = "{validation.required}") @Size(min = 10, max = 128,
				message = "{accept.password.length}") String password,
		String passwordConfirmation) {

	static AcceptInvitationForm startingWith(String organizationName) {
		return new AcceptInvitationForm(organizationName, null, null, null, null);
	}

	boolean passwordsMatch() {
		return this.password != null && this.password.equals(this.passwordConfirmation);
	}

	NewTenantDetails toCommand() {
		return new NewTenantDetails(this.organizationName, this.domainPrefix, this.adminName, this.password);
	}

	@Override
	public String toString() {
		return "AcceptInvitationForm[" + this.domainPrefix + "]";
	}

}
