package com.partnerportal.platform.throttle;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code portal.throttle}.
 *
 * @param limits the rate of every named limit ({@code portal.throttle.limits.<name>});
 * each must be set
 */
@ConfigurationProperties("portal.throttle")
public record ThrottleProperties(Map<ThrottleLimit, ThrottleRate> limits) {

	public ThrottleProperties {
		limits = (limits != null) ? Map.copyOf(limits) : Map.of();
		Set<ThrottleLimit> missing = EnumSet.allOf(ThrottleLimit.class);
		missing.removeAll(limits.keySet());
		if (!missing.isEmpty()) {
			throw new IllegalStateException("Set portal.throttle.limits for " + missing);
		}
	}

	ThrottleRate rateOf(ThrottleLimit limit) {
		return this.limits.get(limit);
	}

}
