package com.partnerportal.platform.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code hx-*} attributes are not HTML (the W3C validator reports each): templates use
 * htmx's {@code data-hx-*} form, written directly or through {@code th:attr} (issue 7,
 * item 24).
 */
class TemplatesUseValidHtmxAttributesTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/**
	 * An attribute named hx-… (also th:hx-… and inside th:attr="hx-…=…"), not data-hx-….
	 */
	private static final Pattern HX_ATTRIBUTE = Pattern.compile("(?<![\\w-])(?:th:)?hx-[a-z]+(?:-[a-z]+)*\\s*=");

	@Test
	void noTemplateHasAnHxAttribute() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".html")).toList()) {
				String[] lines = Files.readString(file).split("\n", -1);
				for (int i = 0; i < lines.length; i++) {
					Matcher matcher = HX_ATTRIBUTE.matcher(lines[i]);
					while (matcher.find()) {
						found.add(TEMPLATES.relativize(file) + ":" + (i + 1) + ": " + matcher.group());
					}
				}
			}
		}
		assertThat(found).as("hx-* attributes (use data-hx-*)").isEmpty();
	}

	@Test
	void theHtmxFeaturesUseTheDataPrefix() throws IOException {
		// the two htmx features of the portal: the offer's totals and the domain-prefix
		// check
		assertThat(Files.readString(TEMPLATES.resolve("partner/offer-form.html"))).contains("data-hx-get=")
			.contains("data-hx-trigger=");
		assertThat(Files.readString(TEMPLATES.resolve("invitation/link.html"))).contains("data-hx-get=")
			.contains("data-hx-target=");
	}

	@Test
	void thePatternFindsWhatItLooksFor() {
		assertThat(HX_ATTRIBUTE.matcher("<div hx-get=\"/x\">").find()).isTrue();
		assertThat(HX_ATTRIBUTE.matcher("<div th:attr=\"hx-get=@{/x}\">").find()).isTrue();
		assertThat(HX_ATTRIBUTE.matcher("<div th:hx-swap=\"x\">").find()).isTrue();
		assertThat(HX_ATTRIBUTE.matcher("<div data-hx-get=\"/x\" data-hx-swap=\"innerHTML\">").find()).isFalse();
		assertThat(HX_ATTRIBUTE.matcher("<meta name=\"htmx-config\" content=\"{}\">").find()).isFalse();
	}

}
