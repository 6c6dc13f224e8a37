package com.partnerportal.customer;

import java.util.UUID;

import com.partnerportal.platform.CloudInstance;

/**
 * Everything needed to create a customer tenant on acceptance of an invitation.
 *
 * @param organizationName the customer's organization
 * @param domainPrefix the tenant's own sub-domain
 * @param adminName the first admin's name
 * @param rawPassword the first admin's password, hashed at once
 * @param contactEmail where mail for the admin goes (the invitation's address)
 * @param language the customer's language, one of platform.web.SupportedLanguages
 * @param cloudInstance the instance the tenant lives in (the inviting partner's)
 * @param partnerId the inviting partner
 */
public record NewTenant(String organizationName, String domainPrefix, String adminName, String rawPassword,
		String contactEmail, String language, CloudInstance cloudInstance, UUID partnerId) {

	@Override
	public String toString() {
		return "NewTenant[" + this.domainPrefix + "]";
	}

}
