package com.partnerportal.invitation;

import java.util.List;

/**
 * What a partner enters to invite a customer to trials.
 */
public record NewTrialInvitation(String companyName, String contactName, String email, String language,
		String personalMessage, List<String> offerCodes) {

}
