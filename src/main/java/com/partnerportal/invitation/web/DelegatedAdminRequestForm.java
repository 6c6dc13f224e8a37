package com.partnerportal.invitation.web;

import java.util.List;

import com.partnerportal.delegation.DelegatedRole;
import com.partnerportal.delegation.DelegationTerms;

/**
 * The delegated-admin request sent alone: the tenant domain (when the organization is not
 * yet the partner's customer) and the terms asked for.
 */
public record DelegatedAdminRequestForm(String domain, List<DelegatedRole> delegatedRoles, Integer delegatedDays,
		Boolean delegatedAutoExtend) {

	public DelegatedAdminRequestForm {
		domain = (domain != null) ? domain : "";
	}

	static DelegatedAdminRequestForm empty() {
		return new DelegatedAdminRequestForm("", List.of(), DelegationTerms.DEFAULT_DAYS, false);
	}

	DelegationTerms terms() {
		return DelegationTermsFields.terms(this.delegatedRoles, this.delegatedDays, this.delegatedAutoExtend);
	}

}
