package com.partnerportal.partner;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * A user of a partner's team, as its partner admins see it.
 */
public record TeamMember(UUID id, String email, String displayName, Locale locale, Set<PartnerRole> roles,
		boolean active) {

	public boolean isAdmin() {
		return this.roles.contains(PartnerRole.PARTNER_ADMIN);
	}

}
