package com.partnerportal.partner.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where a partner writes to the operator's partner team, e.g. to complete its Partner
 * Agreement ({@code portal.partner-team-email}).
 */
@Component("partnerTeamContact")
class PartnerTeamContact {

	private final String email;

	PartnerTeamContact(@Value("${portal.partner-team-email:partners@partnerportal.example}") String email) {
		this.email = email;
	}

	public String email() {
		return this.email;
	}

}
