package com.partnerportal.platform;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates as people read them, in their language. Times are stored and shown in UTC. Pages
 * use it as {@code ${@dates.date(instant)}}; mails get pre-formatted text.
 */
@Component("dates")
public class PortalDates {

	public String date(Instant instant) {
		return date(instant, LocaleContextHolder.getLocale());
	}

	public String dateTime(Instant instant) {
		return dateTime(instant, LocaleContextHolder.getLocale());
	}

	public String date(Instant instant, Locale locale) {
		if (instant == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
			.withLocale(locale)
			.format(instant.atZone(ZoneOffset.UTC));
	}

	public String dateTime(Instant instant, Locale locale) {
		if (instant == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale)
			.format(instant.atZone(ZoneOffset.UTC)) + " UTC";
	}

}
