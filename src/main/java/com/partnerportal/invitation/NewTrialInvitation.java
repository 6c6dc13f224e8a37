package com.partnerportal.invitation;

import java.util.List;
import java.util.UUID;

/**
 * What a partner enters to invite a customer to trials: a new customer (company, contact,
 * email, language) or one of its existing customers ({@code customerId}).
 */
public record NewTrialInvitation(UUID customerId, String companyName, String contactName, String email, String language,
		String personalMessage, List<String> offerCodes) {

	/**
	 * An invitation to a new customer.
	 */
	public NewTrialInvitation(String companyName, String contactName, String email, String language,
			String personalMessage, List<String> offerCodes) {
		this(null, companyName, contactName, email, language, personalMessage, offerCodes);
	}

}
