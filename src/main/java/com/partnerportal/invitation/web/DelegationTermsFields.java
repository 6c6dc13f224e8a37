package com.partnerportal.invitation.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.partnerportal.delegation.DelegatedRole;
import com.partnerportal.delegation.DelegationTerms;

/**
 * The fields of a delegated-admin request on the partner's forms ({@code delegatedRoles},
 * {@code delegatedDays}, {@code delegatedAutoExtend}), as the terms the invitation module
 * checks: it refuses what is wrong with them, at the field it is about.
 */
final class DelegationTermsFields {

	private DelegationTermsFields() {
	}

	static DelegationTerms terms(List<DelegatedRole> roles, Integer days, Boolean autoExtend) {
		Set<DelegatedRole> chosen = EnumSet.noneOf(DelegatedRole.class);
		if (roles != null) {
			roles.stream().filter((role) -> role != null).forEach(chosen::add);
		}
		return new DelegationTerms(chosen, days, Boolean.TRUE.equals(autoExtend));
	}

}
