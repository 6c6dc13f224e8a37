package com.partnerportal.platform.web;

import java.util.Arrays;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one error page ({@code templates/error/page.html}) for every status: the status,
 * its localized title, and a text, the status's own unless a message key (with its
 * arguments) says more. Chosen by {@link PortalErrorController} for whatever reaches
 * {@code /error} and by every exception handler that answers with an error page; never a
 * stack trace or an exception message.
 */
public final class ErrorPage {

	public static final String VIEW = "error/page";

	private ErrorPage() {
	}

	/**
	 * The page of {@code status} with the status's own text.
	 */
	public static ModelAndView of(HttpStatusCode status) {
		return of(status, null);
	}

	/**
	 * The page of {@code status} with the text of {@code messageKey} (the status's own
	 * when null), formatted with {@code arguments}.
	 */
	public static ModelAndView of(HttpStatusCode status, String messageKey, Object... arguments) {
		ModelAndView page = new ModelAndView(VIEW, status);
		page.addObject("status", status.value());
		page.addObject("errorTitleKey", titleKey(status));
		page.addObject("errorMessageKey", (messageKey != null) ? messageKey : textKey(status));
		page.addObject("errorArguments", Arrays.copyOf(arguments, arguments.length));
		return page;
	}

	static String titleKey(HttpStatusCode status) {
		return (status.value() == HttpStatus.TOO_MANY_REQUESTS.value()) ? "throttle.page.title"
				: "error." + family(status) + ".title";
	}

	static String textKey(HttpStatusCode status) {
		return (status.value() == HttpStatus.TOO_MANY_REQUESTS.value()) ? "throttle.page.textWithoutWait"
				: "error." + family(status) + ".text";
	}

	/**
	 * The statuses with a title and text of their own (403, 404, 409), else the 4xx or
	 * 5xx ones.
	 */
	private static String family(HttpStatusCode status) {
		return switch (status.value()) {
			case 403, 404, 409 -> Integer.toString(status.value());
			default -> status.is4xxClientError() ? "4xx" : "5xx";
		};
	}

}
