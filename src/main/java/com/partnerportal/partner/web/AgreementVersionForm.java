package com.partnerportal.partner.web;

import com.partnerportal.partner.NewAgreementVersion;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new version of the Partner Agreement, as the back office types it.
 */
record AgreementVersionForm(
		@NotBlank(message = "{admin.agreement.label.required}") @Size(max = 32,
				message = "{admin.agreement.label.format}") @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*",
						message = "{admin.agreement.label.format}") String label,
		@NotBlank(message = "{admin.agreement.text.required}") @Size(max = MAX_TEXT,
				message = "{admin.agreement.text.size}") String textEn,
		@NotBlank(message = "{admin.agreement.text.required}") @Size(max = MAX_TEXT,
				message = "{admin.agreement.text.size}") String textJa,
		@NotBlank(message = "{admin.agreement.text.required}") @Size(max = MAX_TEXT,
				message = "{admin.agreement.text.size}") String textKo,
		@NotNull(message = "{admin.agreement.grace.range}") @Min(value = 0,
				message = "{admin.agreement.grace.range}") @Max(value = 365,
						message = "{admin.agreement.grace.range}") Integer gracePeriodDays) {

	static final int MAX_TEXT = 20000;

	static AgreementVersionForm empty() {
		return new AgreementVersionForm("", "", "", "", 30);
	}

	NewAgreementVersion toCommand() {
		return new NewAgreementVersion(this.label, this.textEn, this.textJa, this.textKo, this.gracePeriodDays);
	}

}
