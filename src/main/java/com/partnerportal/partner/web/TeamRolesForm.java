package com.partnerportal.partner.web;

import java.util.List;

import com.partnerportal.partner.TeamMember;

import org.springframework.validation.Errors;

/**
 * A team member's new roles.
 */
record TeamRolesForm(List<String> roles) {

	static TeamRolesForm of(TeamMember member) {
		return new TeamRolesForm(member.roles().stream().map(Enum::name).sorted().toList());
	}

	void validate(Errors errors) {
		TeamRoles.validate(this.roles, errors);
	}

}
