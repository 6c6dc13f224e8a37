package com.partnerportal.invitation;

/**
 * The new customer's email already has an open invitation of this partner, or a tenant:
 * the partner must confirm before a second invitation (and maybe a second tenant).
 */
public class RecipientAlreadyKnownException extends InvitationRejectedException {

	private final RecipientDuplicates duplicates;

	RecipientAlreadyKnownException(RecipientDuplicates duplicates) {
		super(Reason.RECIPIENT_ALREADY_KNOWN);
		this.duplicates = duplicates;
	}

	public RecipientDuplicates duplicates() {
		return this.duplicates;
	}

}
