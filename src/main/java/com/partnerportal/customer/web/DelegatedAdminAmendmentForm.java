package com.partnerportal.customer.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.partnerportal.delegation.DelegatedAdminView;
import com.partnerportal.delegation.DelegatedRole;
import com.partnerportal.delegation.DelegationTerms;

/**
 * The partner's proposed amendment: the roles the relationship should hold, and an
 * extension in days (empty: none).
 */
public record DelegatedAdminAmendmentForm(List<DelegatedRole> roles, Integer extensionDays) {

	/**
	 * The relationship's roles as they are; with {@code extend} an extension of
	 * {@link DelegationTerms#DEFAULT_DAYS} days proposed (for a relationship with an end
	 * date).
	 */
	static DelegatedAdminAmendmentForm startingFrom(DelegatedAdminView relationship, boolean extend) {
		return new DelegatedAdminAmendmentForm(List.copyOf(EnumSet.copyOf(relationship.roles())),
				(extend && relationship.endsAt() != null) ? DelegationTerms.DEFAULT_DAYS : null);
	}

	Set<DelegatedRole> chosenRoles() {
		Set<DelegatedRole> chosen = EnumSet.noneOf(DelegatedRole.class);
		if (this.roles != null) {
			this.roles.stream().filter((role) -> role != null).forEach(chosen::add);
		}
		return chosen;
	}

}
