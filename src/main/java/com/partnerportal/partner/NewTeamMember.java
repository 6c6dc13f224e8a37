package com.partnerportal.partner;

import java.util.Set;

/**
 * A person a partner admin invites to the team (or the first admin of an approved
 * application).
 */
public record NewTeamMember(String email, String displayName, String language, Set<PartnerRole> roles) {

	public NewTeamMember {
		roles = Set.copyOf(roles);
	}

}
