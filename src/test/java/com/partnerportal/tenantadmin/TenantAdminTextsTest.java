package com.partnerportal.tenantadmin;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.customer.SubscriptionStatus;
import com.partnerportal.platform.ActivityEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tenant console has its texts in its own bundle, in English, Japanese and Korean:
 * every change has its activity text, every state and source system its name.
 */
class TenantAdminTextsTest {

	@ParameterizedTest
	@ValueSource(strings = { "", "_ja", "_ko" })
	void everyChangeStateAndSourceSystemHasItsText(String suffix) throws IOException {
		Properties texts = load("messages" + suffix + ".properties");
		Set<String> needed = new HashSet<>();
		for (Class<?> change : TenantChange.class.getPermittedSubclasses()) {
			needed.add("activity." + actionOf(change));
		}
		for (MigrationState state : MigrationState.values()) {
			needed.add("tenant.migration.state." + state);
			needed.add("tenant.migration.state." + state + ".text");
		}
		for (SourceSystem system : SourceSystem.values()) {
			needed.add("tenant.sourceSystem." + system);
		}
		for (SubscriptionStatus status : SubscriptionStatus.values()) {
			needed.add("tenant.subscription.status." + status);
		}
		needed.addAll(Set.of("console.onBehalf", "console.menu", "console.users", "console.groups", "console.mailboxes",
				"console.migrations", "console.serviceRequests"));
		assertThat(texts.stringPropertyNames()).containsAll(needed);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "_ja", "_ko" })
	void noValueHasAnAsciiApostrophe(String suffix) throws IOException {
		// MessageFormat would swallow it in texts with arguments
		Properties texts = load("messages" + suffix + ".properties");
		assertThat(texts.stringPropertyNames())
			.allSatisfy((key) -> assertThat(texts.getProperty(key)).as(key).doesNotContain("'").isNotBlank());
	}

	@Test
	void theActionIsTheChangeWithItsModulePrefix() {
		UUID groupId = UUID.randomUUID();
		TenantChange change = new GroupMemberAdded(groupId, null, null, "Sales: jane@contoso.example", null, null,
				null);

		assertThat(change.action()).isEqualTo("TENANT_GROUP_MEMBER_ADDED");
		assertThat(change.detail()).isEqualTo("Sales: jane@contoso.example");
		assertThat(change.subjectId()).isEqualTo(groupId);
	}

	/**
	 * The action of an event of this kind (its values do not matter).
	 */
	static String actionOf(Class<?> change) {
		try {
			Constructor<?> canonical = change.getDeclaredConstructor(
					Arrays.stream(change.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new));
			return ((ActivityEvent) canonical.newInstance(new Object[change.getRecordComponents().length])).action();
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = TenantAdminTextsTest.class.getResourceAsStream("/" + name)) {
			assertThat(in).as(name).isNotNull();
			try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
				properties.load(reader);
			}
		}
		return properties;
	}

}
