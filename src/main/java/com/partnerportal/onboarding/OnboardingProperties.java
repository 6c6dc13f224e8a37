package com.partnerportal.onboarding;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code portal.onboarding}.
 *
 * @param verificationValidity how long the contact's verification link works (an
 * unverified application then stops holding its domain)
 * @param resendDelay how long after a verification mail another may be asked for
 * @param changesValidity how long the link to change the fields the back office named
 * works
 * @param reapplyAfter per rejection reason, how long the domain waits before it may apply
 * again
 */
@ConfigurationProperties("portal.onboarding")
public record OnboardingProperties(@DefaultValue("P2D") Duration verificationValidity,
		@DefaultValue("PT10M") Duration resendDelay, @DefaultValue("P14D") Duration changesValidity,
		Map<RejectionReason, Duration> reapplyAfter) {

	/** Without a setting for a reason, the domain waits this long. */
	static final Duration DEFAULT_WAIT = Duration.ofDays(30);

	public OnboardingProperties {
		reapplyAfter = (reapplyAfter != null && !reapplyAfter.isEmpty()) ? new EnumMap<>(reapplyAfter)
				: new EnumMap<>(RejectionReason.class);
	}

	Duration waitAfter(RejectionReason reason) {
		return this.reapplyAfter.getOrDefault(reason, DEFAULT_WAIT);
	}

}
