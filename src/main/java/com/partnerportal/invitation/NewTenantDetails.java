package com.partnerportal.invitation;

/**
 * What the customer enters to accept: its organization, its tenant's domain prefix, and
 * its first admin.
 */
public record NewTenantDetails(String organizationName, String domainPrefix, String adminName, String password) {

	@Override
	public String toString() {
		return "NewTenantDetails[" + this.domainPrefix + "]";
	}

}
