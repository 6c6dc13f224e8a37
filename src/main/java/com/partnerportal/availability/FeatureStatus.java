package com.partnerportal.availability;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Locale;

import com.partnerportal.platform.CloudInstance;
import com.partnerportal.platform.web.SupportedLanguages;

/**
 * A feature's availability in one cloud instance, as pages show it.
 *
 * @param cloudInstance the cloud instance
 * @param feature the feature
 * @param state available, not available or planned
 * @param reasonEn why it is not available, in English (null when available)
 * @param reasonJa the same in Japanese
 * @param reasonKo the same in Korean
 * @param plannedOn the date it is planned for (only when planned)
 * @param version the row's version, so that an edit made on an older page is refused
 */
public record FeatureStatus(CloudInstance cloudInstance, PartnerFeature feature, AvailabilityState state,
		String reasonEn, String reasonJa, String reasonKo, LocalDate plannedOn, long version) {

	public boolean isAvailable() {
		return this.state == AvailabilityState.AVAILABLE;
	}

	public boolean isPlanned() {
		return this.state == AvailabilityState.PLANNED;
	}

	/**
	 * Why it is not available, in the reader's language (the default language's for any
	 * other).
	 */
	public String reason(Locale locale) {
		return SupportedLanguages.pick(locale, Arrays.asList(this.reasonEn, this.reasonJa, this.reasonKo));
	}

	/**
	 * The planned date as the reader writes dates (empty when not planned).
	 */
	public String plannedOnText(Locale locale) {
		return (this.plannedOn != null)
				? DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(this.plannedOn) : "";
	}

}
