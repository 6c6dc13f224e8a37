package com.partnerportal.partner;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.partnerportal.platform.web.SupportedLanguages;

/**
 * A version of the Partner Agreement as pages show it.
 */
public record AgreementVersionView(UUID id, String label, String textEn, String textJa, String textKo,
		Instant publishedAt, int gracePeriodDays, Instant graceEndsAt, String publishedBy) {

	/** The text in the reader's language (English when it has none). */
	public String text(Locale locale) {
		return SupportedLanguages.pick(locale, Arrays.asList(this.textEn, this.textJa, this.textKo));
	}

	/** The text in the reader's language, paragraph by paragraph. */
	public List<String> paragraphs(Locale locale) {
		return Arrays.stream(text(locale).split("\\R")).map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

}
