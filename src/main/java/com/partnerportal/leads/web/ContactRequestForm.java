package com.partnerportal.leads.web;

import java.util.List;

import com.partnerportal.leads.CompanySize;
import com.partnerportal.leads.NewLead;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The contact-request form of the marketplace. A signed-in customer's email is its
 * contact address, whatever the form sends.
 */
public record ContactRequestForm(
		@NotBlank(message = "{validation.required}") @Size(max = 200,
				message = "{validation.too-long}") String contactName,
		@NotBlank(message = "{validation.required}") @Email(regexp = ".+@[^@]+\\.[^@]+",
				message = "{validation.email}") @Size(max = 320, message = "{validation.too-long}") String email,
		@NotBlank(message = "{validation.required}") @Size(max = 200,
				message = "{validation.too-long}") String companyName,
		@NotNull(message = "{leads.companySize.required}") CompanySize companySize,
		@NotEmpty(message = "{leads.services.required}") @Size(max = 10,
				message = "{leads.services.required}") List<String> serviceCodes,
		@NotBlank(message = "{validation.required}") @Size(max = 2000,
				message = "{validation.too-long}") String message) {

	static ContactRequestForm empty() {
		return new ContactRequestForm(null, null, null, null, List.of(), null);
	}

	public List<String> chosenServices() {
		return (this.serviceCodes != null) ? this.serviceCodes : List.of();
	}

	NewLead toCommand(String language) {
		return new NewLead(trim(this.contactName), trim(this.email), trim(this.companyName), this.companySize,
				chosenServices(), this.message.strip(), language);
	}

	private static String trim(String value) {
		return (value != null) ? value.strip() : null;
	}

}
