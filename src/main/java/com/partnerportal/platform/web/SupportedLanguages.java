package com.partnerportal.platform.web;

import java.util.List;
import java.util.Locale;

/**
 * The languages of the UI and the mails.
 */
public final class SupportedLanguages {

	public static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.JAPANESE, Locale.KOREAN);

	/**
	 * The language of whoever states none the portal speaks.
	 */
	public static final Locale DEFAULT = Locale.ENGLISH;

	private SupportedLanguages() {
	}

	public static boolean isSupported(String languageTag) {
		return LOCALES.stream().anyMatch((locale) -> locale.getLanguage().equals(languageTag));
	}

	/**
	 * The supported locale for a language tag, the {@link #DEFAULT} for anything else.
	 */
	public static Locale of(String languageTag) {
		return LOCALES.stream()
			.filter((locale) -> locale.getLanguage().equals(languageTag))
			.findFirst()
			.orElse(DEFAULT);
	}

	/**
	 * Of texts written once per supported language, in the order of {@link #LOCALES}, the
	 * one in the reader's language (the {@link #DEFAULT} language's for any other).
	 */
	public static String pick(Locale reader, List<String> textsInOrder) {
		String language = (reader != null) ? reader.getLanguage() : "";
		for (int i = 0; i < LOCALES.size(); i++) {
			if (LOCALES.get(i).getLanguage().equals(language)) {
				return textsInOrder.get(i);
			}
		}
		return textsInOrder.get(LOCALES.indexOf(DEFAULT));
	}

}
