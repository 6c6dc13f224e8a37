package com.partnerportal.partner;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A version of the Partner Agreement as pages show it.
 */
public record AgreementVersionView(UUID id, String label, String textEn, String textJa, String textKo,
		Instant publishedAt, int gracePeriodDays, Instant graceEndsAt, String publishedBy) {

	/** The text in the reader's language (English when it has none). */
	public String text(Locale locale) {
		return switch ((locale != null) ? locale.getLanguage() : "en") {
			case "ja" -> this.textJa;
			case "ko" -> this.textKo;
			default -> this.textEn;
		};
	}

	/** The text in the reader's language, paragraph by paragraph. */
	public List<String> paragraphs(Locale locale) {
		return Arrays.stream(text(locale).split("\\R")).map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

}
