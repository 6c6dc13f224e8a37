package com.partnerportal.tenantadmin.web;

import java.util.Locale;
import java.util.UUID;

import com.partnerportal.tenantadmin.LocalPart;
import com.partnerportal.tenantadmin.NewMailbox;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The new-mailbox form: a user without a mailbox, the local part of the address (taken in
 * lower case) and the size in GB.
 */
public record MailboxForm(@NotNull(message = "{tenant.mailbox.user.required}") UUID userId,
		@NotNull(message = "{tenant.validation.required}") @Pattern(regexp = LocalPart.REGEXP,
				message = "{tenant.mailbox.localPart.invalid}") String localPart,
		@NotNull(message = "{tenant.validation.required}") @Min(value = NewMailbox.MIN_SIZE_GB,
				message = "{tenant.mailbox.sizeGb.range}") @Max(value = NewMailbox.MAX_SIZE_GB,
						message = "{tenant.mailbox.sizeGb.range}") Integer sizeGb) {

	static final int DEFAULT_SIZE_GB = 50;

	public MailboxForm {
		localPart = (localPart == null || localPart.isBlank()) ? null : localPart.strip().toLowerCase(Locale.ROOT);
	}

	static MailboxForm empty() {
		return new MailboxForm(null, null, DEFAULT_SIZE_GB);
	}

	NewMailbox toCommand() {
		return new NewMailbox(this.userId, this.localPart, this.sizeGb);
	}

}
