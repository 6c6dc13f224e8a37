package com.partnerportal.support;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code portal.support.sla.*}: how soon the support team answers a
 * service request for the first time, by severity. Critical and high in hours; normal and
 * low in business days (Monday to Friday in {@code zone}): the same time of day on that
 * working day.
 *
 * @param critical first response due after this long for a critical request
 * @param high first response due after this long for a high-severity request
 * @param normalBusinessDays business days for a normal request
 * @param lowBusinessDays business days for a low-severity request
 * @param dueSoonPercent the last share of the time allowed (in percent) in which a
 * request counts as due soon
 * @param zone the time zone in which business days are counted
 */
@ConfigurationProperties("portal.support.sla")
public record SupportSlaProperties(@DefaultValue("PT1H") Duration critical, @DefaultValue("PT4H") Duration high,
		@DefaultValue("1") int normalBusinessDays, @DefaultValue("2") int lowBusinessDays,
		@DefaultValue("25") int dueSoonPercent, @DefaultValue("UTC") ZoneId zone) {

	public SupportSlaProperties {
		if (critical.isNegative() || critical.isZero() || high.isNegative() || high.isZero()) {
			throw new IllegalArgumentException("portal.support.sla.critical and .high must be positive");
		}
		if (normalBusinessDays < 1 || lowBusinessDays < 1) {
			throw new IllegalArgumentException("portal.support.sla business days must be at least 1");
		}
		if (dueSoonPercent < 0 || dueSoonPercent > 100) {
			throw new IllegalArgumentException("portal.support.sla.due-soon-percent must be between 0 and 100");
		}
	}

}
