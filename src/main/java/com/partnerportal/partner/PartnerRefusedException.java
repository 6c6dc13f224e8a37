package com.partnerportal.partner;

import com.partnerportal.platform.ForbiddenException;

/**
 * The partner's standing or agreement refuses what its user asked (403), with the reason
 * the person refused is shown: the operator's words, or the agreement version to accept.
 */
public class PartnerRefusedException extends ForbiddenException {

	private final String argument;

	public PartnerRefusedException(String messageKey, String argument) {
		super(messageKey);
		this.argument = (argument != null) ? argument : "";
	}

	public String argument() {
		return this.argument;
	}

}
