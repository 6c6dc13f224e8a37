package com.partnerportal.invitation;

import java.io.Serial;
import java.io.Serializable;
import java.util.UUID;

/**
 * What a new trial invitation's form starts from when another module hands it over (an
 * accepted contact request): carried to the form as a flash attribute named
 * {@value #ATTRIBUTE}.
 */
public record InvitationDraft(UUID leadId, String companyName, String contactName, String email,
		String language) implements Serializable {

	public static final String ATTRIBUTE = "invitationDraft";

	@Serial
	private static final long serialVersionUID = 1L;

}
