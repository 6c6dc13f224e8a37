package com.partnerportal.architecture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The supported languages are listed once ({@code platform.web.SupportedLanguages}), and
 * absolute links are built once ({@code platform.PortalLinks}, from the configured base
 * URL, never from the request): no other production source (Java, templates, scripts,
 * settings) names a language code or builds an address of its own.
 */
class LanguagesAndLinksStatedOnceTest {

	private static final Path MAIN = Path.of("src/main");

	/** A language code as a value: "ja", 'ko', Locale.JAPANESE, ... */
	private static final Pattern LANGUAGE_CODE = Pattern
		.compile("[\"'](ja|ko|en)([-_][A-Za-z]{2})?[\"']|Locale\\.(ENGLISH|JAPANESE|KOREAN|JAPAN|KOREA|US|UK)\\b");

	/** An address built from the request, or written out. */
	private static final Pattern LINK_BUILDING = Pattern
		.compile("ServletUriComponentsBuilder|getRequestURL|getRequestURI\\(\\)\\s*\\+|\"https?://");

	/** The demo accounts' own languages are data, not the list of languages. */
	private static final Set<String> MAY_NAME_LANGUAGES = Set.of("SupportedLanguages.java", "DemoData.java",
			"LeadsDemoData.java", "MarketplaceDemoData.java", "DelegatedAdminDemoData.java", "PipelineDemoData.java");

	private static final Set<String> MAY_BUILD_LINKS = Set.of("PortalLinks.java");

	@Test
	void onlySupportedLanguagesNamesTheLanguages() throws IOException {
		assertThat(offending(LANGUAGE_CODE, MAY_NAME_LANGUAGES)).isEmpty();
	}

	@Test
	void onlyPortalLinksBuildsAbsoluteLinks() throws IOException {
		assertThat(offending(LINK_BUILDING, MAY_BUILD_LINKS)).isEmpty();
	}

	@Test
	void theRulesSeeWhatTheyLookFor() {
		assertThat(LANGUAGE_CODE.matcher("List.of(\"en\", \"ja\")").find()).isTrue();
		assertThat(LANGUAGE_CODE.matcher("th:if=\"${lang == 'ko'}\"").find()).isTrue();
		assertThat(LANGUAGE_CODE.matcher("Locale.KOREAN").find()).isTrue();
		assertThat(LANGUAGE_CODE.matcher("\"japan\"").find()).isFalse();
		assertThat(LINK_BUILDING.matcher("request.getRequestURL().toString()").find()).isTrue();
		assertThat(LINK_BUILDING.matcher("\"https://portal.example\" + path").find()).isTrue();
		assertThat(LINK_BUILDING.matcher("xmlns:th=\"http://www.thymeleaf.org\"").find()).isTrue();
	}

	/**
	 * Lines of Java, templates, scripts and settings under {@code src/main} that match,
	 * outside the allowed files; XML namespaces of templates are not addresses.
	 */
	private static List<String> offending(Pattern pattern, Set<String> allowed) throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(MAIN)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String name = file.getFileName().toString();
				boolean source = name.endsWith(".java") || name.endsWith(".html") || name.endsWith(".js")
						|| name.endsWith(".txt") || (name.startsWith("application") && name.endsWith(".properties"));
				if (!source || allowed.contains(name) || file.toString().contains("/webjars/")) {
					continue;
				}
				List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
				for (int i = 0; i < lines.size(); i++) {
					String line = lines.get(i).replaceAll("xmlns:\\w+=\"https?://[^\"]*\"", "");
					if (pattern.matcher(line).find()) {
						found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
					}
				}
			}
		}
		return found;
	}

}
