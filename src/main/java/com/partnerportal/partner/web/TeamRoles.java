package com.partnerportal.partner.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.partnerportal.partner.PartnerRole;

import org.springframework.validation.Errors;

/**
 * The roles chosen in a team form: at least one, each a {@link PartnerRole}.
 */
final class TeamRoles {

	private TeamRoles() {
	}

	static void validate(List<String> roles, Errors errors) {
		if (roles == null || roles.isEmpty()) {
			errors.rejectValue("roles", "partner.team.roles.required");
		}
		else if (!roles.stream().allMatch(TeamRoles::isRole)) {
			errors.rejectValue("roles", "partner.team.roles.unknown");
		}
	}

	static Set<PartnerRole> of(List<String> roles) {
		Set<PartnerRole> chosen = EnumSet.noneOf(PartnerRole.class);
		if (roles != null) {
			roles.stream().filter(TeamRoles::isRole).map(PartnerRole::valueOf).forEach(chosen::add);
		}
		return chosen;
	}

	private static boolean isRole(String value) {
		return Arrays.stream(PartnerRole.values()).anyMatch((role) -> role.name().equals(value));
	}

}
