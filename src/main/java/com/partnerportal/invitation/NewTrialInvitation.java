package com.partnerportal.invitation;

import java.util.List;
import java.util.UUID;

/**
 * What a partner enters to invite a customer to trials: a new customer (company, contact,
 * email, language) or one of its existing customers ({@code customerId}); optionally a
 * request to become the customer's delegated admin.
 */
public record NewTrialInvitation(UUID customerId, String companyName, String contactName, String email, String language,
		String personalMessage, List<String> offerCodes, boolean delegatedAdmin) {

	/**
	 * An invitation without a delegated-admin request.
	 */
	public NewTrialInvitation(UUID customerId, String companyName, String contactName, String email, String language,
			String personalMessage, List<String> offerCodes) {
		this(customerId, companyName, contactName, email, language, personalMessage, offerCodes, false);
	}

	/**
	 * An invitation to a new customer, without a delegated-admin request.
	 */
	public NewTrialInvitation(String companyName, String contactName, String email, String language,
			String personalMessage, List<String> offerCodes) {
		this(null, companyName, contactName, email, language, personalMessage, offerCodes, false);
	}

}
