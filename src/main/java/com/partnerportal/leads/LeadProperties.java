package com.partnerportal.leads;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code portal.leads}.
 *
 * @param answerWithin how long a partner has to accept or decline a contact request
 * before it expires
 * @param verificationValidity how long a visitor's email-verification link works
 */
@ConfigurationProperties("portal.leads")
public record LeadProperties(@DefaultValue("72h") Duration answerWithin,
		@DefaultValue("24h") Duration verificationValidity) {

	public LeadProperties {
		if (answerWithin.isNegative() || answerWithin.isZero() || verificationValidity.isNegative()
				|| verificationValidity.isZero()) {
			throw new IllegalArgumentException(
					"portal.leads.answer-within and .verification-validity must be positive");
		}
	}

}
