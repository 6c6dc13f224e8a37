package com.partnerportal.tenantadmin;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * A mailbox to set up for a user: the local part of its address in the tenant's domain
 * (taken in lower case) and its size in GB. The form validates it for people; these
 * checks keep any other caller from storing a half-valid mailbox.
 */
public record NewMailbox(UUID userId, String localPart, int sizeGb) {

	public static final int MIN_SIZE_GB = 1;

	public static final int MAX_SIZE_GB = 100;

	public NewMailbox {
		Objects.requireNonNull(userId, "userId");
		localPart = LocalPart.require((localPart != null) ? localPart.strip().toLowerCase(Locale.ROOT) : null);
		Mailbox.requireSize(sizeGb);
	}

}
