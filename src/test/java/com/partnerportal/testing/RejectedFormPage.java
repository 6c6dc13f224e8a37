package com.partnerportal.testing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rejected form's page as a screen reader meets it: its title, the tag of an element,
 * the links of its error summary, and the check that every invalid control is described
 * and summarized. Shared by the full-context {@code AccessibleFormsWebTest} and the web
 * slices of single forms.
 */
public final class RejectedFormPage {

	private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");

	private static final Pattern TAG_WITH_ID = Pattern.compile("<[a-z]+\\b[^>]*\\bid=\"([^\"]+)\"[^>]*>");

	private RejectedFormPage() {
	}

	/**
	 * Each control marked invalid names, in aria-describedby, elements that exist; one of
	 * them holds its message; the error summary takes the focus (data-error-summary,
	 * tabindex -1) and each of its links leads to an element of the page.
	 */
	public static void assertEveryInvalidControlIsDescribedAndSummarized(String page) {
		Set<String> ids = ids(page);
		Matcher invalid = Pattern.compile("<(input|select|textarea)\\b[^>]*aria-invalid=\"true\"[^>]*>").matcher(page);
		int count = 0;
		while (invalid.find()) {
			count++;
			Matcher describedBy = Pattern.compile("aria-describedby=\"([^\"]+)\"").matcher(invalid.group());
			assertThat(describedBy.find()).as("aria-describedby of %s", invalid.group()).isTrue();
			List<String> described = List.of(describedBy.group(1).split(" "));
			assertThat(ids).as("elements described by %s", invalid.group()).containsAll(described);
			assertThat(described).as("a message among what describes %s", invalid.group())
				.anyMatch((id) -> id.endsWith("-error") || page.contains("id=\"" + id.replace("-help", "-error")));
		}
		assertThat(count).as("controls marked aria-invalid").isPositive();
		assertThat(tag(page, "error-summary")).contains("data-error-summary").contains("tabindex=\"-1\"");
		assertThat(ids).containsAll(summaryLinks(page));
		assertThat(page).contains("/js/form-errors.js");
	}

	public static List<String> summaryLinks(String page) {
		int start = page.indexOf("id=\"error-summary\"");
		assertThat(start).as("an error summary").isPositive();
		String summary = page.substring(start, page.indexOf("</div>", start));
		List<String> links = new ArrayList<>();
		Matcher link = Pattern.compile("<a href=\"#([^\"]+)\"").matcher(summary);
		while (link.find()) {
			links.add(link.group(1));
		}
		return links;
	}

	public static String title(String page) {
		Matcher title = TITLE.matcher(page);
		assertThat(title.find()).as("a title").isTrue();
		return title.group(1).strip();
	}

	public static Set<String> ids(String page) {
		Set<String> ids = new LinkedHashSet<>();
		Matcher tag = TAG_WITH_ID.matcher(page);
		while (tag.find()) {
			ids.add(tag.group(1));
		}
		return ids;
	}

	public static String tag(String page, String id) {
		Matcher tag = Pattern.compile("<[a-z]+\\b[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(page);
		assertThat(tag.find()).as("an element with id %s", id).isTrue();
		return tag.group();
	}

}
