package com.partnerportal.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.partnerportal.catalog.BillingTerm;
import com.partnerportal.customer.SubscriptionStatus;
import com.partnerportal.invitation.InvitationKind;
import com.partnerportal.invitation.InvitationState;
import com.partnerportal.notification.MailState;
import com.partnerportal.support.AuthorKind;
import com.partnerportal.support.ServiceRequestCategory;
import com.partnerportal.support.ServiceRequestSeverity;
import com.partnerportal.support.ServiceRequestState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text in English, Japanese and Korean: the same keys in every bundle, the same
 * placeholders, and every key the pages, mails and code use exists.
 */
class MessageBundlesTest {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+|max|min)\\}");

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.-]*)[}(]");

	private static final Pattern CODE_KEY = Pattern.compile("\"\\{?([a-z][a-zA-Z]*(?:\\.[a-zA-Z0-9-]+){1,4})\\}?\"");

	private static final Pattern CATALOG_OFFER = Pattern.compile("\\('([A-Z0-9_]+)', '[A-Z]{3}'");

	@ParameterizedTest
	@ValueSource(strings = { "ja", "ko" })
	void everyBundleHasTheSameKeys(String language) throws IOException {
		for (String basename : basenames()) {
			Properties english = load(basename + ".properties");
			Properties translated = load(basename + "_" + language + ".properties");
			assertThat(translated.stringPropertyNames()).as("keys of %s_%s", basename, language)
				.containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "ja", "ko" })
	void translationsKeepThePlaceholdersAndAreTranslated(String language) throws IOException {
		for (String basename : basenames()) {
			keepThePlaceholdersAndAreTranslated(basename, language);
		}
	}

	private void keepThePlaceholdersAndAreTranslated(String basename, String language) throws IOException {
		Properties english = load(basename + ".properties");
		Properties translated = load(basename + "_" + language + ".properties");
		Set<String> untranslated = new TreeSet<>();
		for (String key : english.stringPropertyNames()) {
			String value = translated.getProperty(key, "");
			assertThat(placeholders(value)).as("placeholders of %s in %s", key, language)
				.isEqualTo(placeholders(english.getProperty(key)));
			if (value.equals(english.getProperty(key)) && value.matches(".*[a-z]{4,}.*")) {
				untranslated.add(key);
			}
		}
		// product names stay in English; everything else is translated
		assertThat(untranslated).allMatch((key) -> key.startsWith("catalog.offer.") || key.startsWith("language.")
				|| key.startsWith("tenant.sourceSystem."));
	}

	@Test
	void everyKeyUsedInATemplateExists() throws IOException {
		Properties english = allEnglish();
		Set<String> used = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(file));
				while (matcher.find()) {
					used.add(matcher.group(1));
				}
			}
		}
		assertThat(used).isNotEmpty();
		assertThat(english.stringPropertyNames()).containsAll(used);
	}

	@Test
	void everyMessageKeyNamedInTheCodeExists() throws IOException {
		Properties english = allEnglish();
		Set<String> firstSegments = english.stringPropertyNames()
			.stream()
			.map((key) -> key.substring(0, (key.indexOf('.') > 0) ? key.indexOf('.') : key.length()))
			.collect(Collectors.toSet());
		Set<String> used = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				Matcher matcher = CODE_KEY.matcher(Files.readString(file));
				while (matcher.find()) {
					String key = matcher.group(1);
					if (firstSegments.contains(key.substring(0, key.indexOf('.')))) {
						used.add(key);
					}
				}
			}
		}
		assertThat(used).contains("validation.required", "partner.agreement.required");
		assertThat(english.stringPropertyNames()).containsAll(used);
	}

	@Test
	void everyStateAndActionHasItsText() throws IOException {
		Properties english = allEnglish();
		Set<String> needed = new HashSet<>();
		for (InvitationState state : InvitationState.values()) {
			needed.add("invitation.state." + state);
			if (!state.isOpen()) {
				needed.add("closed." + state + ".title");
				needed.add("closed." + state + ".text");
			}
		}
		for (InvitationKind kind : InvitationKind.values()) {
			needed.add("overview.counts." + kind);
			needed.add("invitation.kind." + kind);
			needed.add("invitations.heading." + kind);
			// the steps of the invitation lifecycle events (TrialInvitationSent,
			// InvitationViewed, ...)
			for (String step : List.of("SENT", "VIEWED", "ACCEPTED", "DECLINED", "REVOKED", "RESENT", "EXPIRED")) {
				needed.add("activity." + kind + "_INVITATION_" + step);
			}
		}
		needed.add("activity.CUSTOMER_TENANT_CREATED");
		for (Actor.Kind kind : Actor.Kind.values()) {
			needed.add("activity.actor." + kind);
		}
		for (SubscriptionStatus status : SubscriptionStatus.values()) {
			needed.add("subscription.status." + status);
		}
		for (BillingTerm term : BillingTerm.values()) {
			needed.add("billingTerm." + term);
		}
		// the actions the activity log records for the customer module's subscription
		// events
		for (String change : List.of("TRIAL_STARTED", "CONVERTED_TO_PAID", "LICENSES_CHANGED", "PURCHASED",
				"TRIAL_EXPIRED", "PARTNER_OF_RECORD_DESIGNATED")) {
			needed.add("activity.SUBSCRIPTION_" + change);
		}
		for (MailState state : MailState.values()) {
			needed.add("mail.state." + state);
		}
		for (ServiceRequestState state : ServiceRequestState.values()) {
			needed.add("serviceRequest.state." + state);
		}
		for (ServiceRequestCategory category : ServiceRequestCategory.values()) {
			needed.add("serviceRequest.category." + category);
		}
		for (ServiceRequestSeverity severity : ServiceRequestSeverity.values()) {
			needed.add("serviceRequest.severity." + severity);
		}
		for (AuthorKind kind : AuthorKind.values()) {
			needed.add("serviceRequest.authorKind." + kind);
		}
		for (String change : List.of("OPENED", "REPLIED", "CLOSED")) {
			needed.add("activity.SERVICE_REQUEST_" + change);
		}
		assertThat(english.stringPropertyNames()).containsAll(needed);
	}

	@Test
	void everyOfferOfTheCatalogHasAName() throws IOException {
		Properties english = load("messages.properties");
		String catalog = Files.readString(Path.of("src/main/resources/db/migration/V2__catalog.sql"));
		Matcher matcher = CATALOG_OFFER.matcher(catalog);
		List<String> offers = matcher.results().map((result) -> result.group(1)).toList();
		assertThat(offers).hasSizeGreaterThanOrEqualTo(4);
		offers.forEach((code) -> assertThat(english).containsKey("catalog.offer." + code + ".name"));
	}

	/**
	 * The bundles the portal reads ({@code spring.messages.basename}) that exist.
	 */
	private static List<String> basenames() throws IOException {
		Properties application = load("application.properties");
		List<String> names = new ArrayList<>();
		for (String basename : application.getProperty("spring.messages.basename").split(",")) {
			if (MessageBundlesTest.class.getResource("/" + basename.trim() + ".properties") != null) {
				names.add(basename.trim());
			}
		}
		assertThat(names).contains("messages");
		return names;
	}

	/**
	 * The English texts of all bundles together, as the portal's message source sees
	 * them.
	 */
	private static Properties allEnglish() throws IOException {
		Properties all = new Properties();
		for (String basename : basenames()) {
			load(basename + ".properties").forEach(all::putIfAbsent);
		}
		return all;
	}

	private static Set<String> placeholders(String text) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + name)) {
			assertThat(in).as(name).isNotNull();
			try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
				properties.load(reader);
			}
		}
		return properties;
	}

}
