package com.partnerportal.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code portal.account-links}: how long an emailed password link works.
 *
 * @param resetValidity a password-reset link (short: whoever reads the mailbox can use
 * it)
 * @param setPasswordValidity a first-password link (an invitation to the team, or the
 * first admin of an approved partner)
 */
@ConfigurationProperties("portal.account-links")
public record AccountLinkProperties(@DefaultValue("PT1H") Duration resetValidity,
		@DefaultValue("P7D") Duration setPasswordValidity) {

	Duration validityOf(AccountLinkPurpose purpose) {
		return (purpose == AccountLinkPurpose.RESET_PASSWORD) ? this.resetValidity : this.setPasswordValidity;
	}

}
