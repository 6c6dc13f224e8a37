package com.partnerportal.tenantadmin.web;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.partnerportal.availability.FeatureAvailability;
import com.partnerportal.customer.CustomerView;
import com.partnerportal.customer.Tenants;
import com.partnerportal.delegation.ConsoleAccess;
import com.partnerportal.delegation.TenantAccess;
import com.partnerportal.delegation.TenantAction;
import com.partnerportal.invitation.InvitationLanguages;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.CloudInstance;
import com.partnerportal.platform.PortalProperties;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.platform.throttle.RequestThrottle;
import com.partnerportal.tenantadmin.DataMigrations;
import com.partnerportal.tenantadmin.Mailboxes;
import com.partnerportal.tenantadmin.TenantAdminRejectedException;
import com.partnerportal.tenantadmin.TenantGroups;
import com.partnerportal.tenantadmin.TenantUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 8, items 4 and 5: the shape of what the tenant console's forms take (required,
 * length, pattern, range, a date, a choice from a list) is checked on the form records,
 * on the web layer alone (controllers, advice, security; services as doubles): each bad
 * value comes back at its field with a localized message and 422, and the service is
 * never asked. A refusal of the service comes back at the field its reason belongs to.
 * The lists take any page and size a visitor sends and still show a sensible page.
 */
@WebMvcTest(controllers = { TenantUserController.class, TenantGroupController.class, MailboxController.class,
		DataMigrationController.class })
class TenantConsoleFormBindingTest {

	static final UUID CUSTOMER = UUID.randomUUID();

	static final PortalUser ADMIN = new PortalUser(UUID.randomUUID(), AccountKind.CUSTOMER_ADMIN, CUSTOMER,
			"admin@adatum.cloudportal.example", "Ada Admin", Locale.ENGLISH, Set.of("CUSTOMER_ADMIN"), "{noop}unused");

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageSource messages;

	@MockitoBean
	FeatureAvailability featureAvailability;

	@MockitoBean
	TenantUsers users;

	@MockitoBean
	TenantGroups groups;

	@MockitoBean
	Mailboxes mailboxes;

	@MockitoBean
	DataMigrations migrations;

	@MockitoBean
	Tenants tenants;

	@MockitoBean
	TenantAccess tenantAccess;

	@MockitoBean
	Partners partners;

	@MockitoBean
	RequestThrottle throttle;

	@MockitoBean
	InvitationLanguages invitationLanguages;

	@BeforeEach
	void tenant() {
		// the tenant access check lets everyone in: these tests are about binding
		given(this.tenantAccess.console(any(), any()))
			.willReturn(new ConsoleAccess(true, Set.of(), EnumSet.allOf(TenantAction.class)));
		given(this.tenants.customer(CUSTOMER)).willReturn(new CustomerView(CUSTOMER, "Adatum", "adatum",
				"adatum.cloudportal.example", CloudInstance.GLOBAL, "en", null, Instant.now()));
		given(this.users.list(any(CustomerView.class), any())).willReturn(Page.empty());
		given(this.groups.list(any(), any())).willReturn(Page.empty());
		given(this.mailboxes.list(any(), any())).willReturn(Page.empty());
		given(this.migrations.list(any(), any())).willReturn(Page.empty());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			"   "            | jane      | displayName | tenant.validation.required
			""               | jane      | displayName | tenant.validation.required
			LONG_NAME        | jane      | displayName | tenant.validation.too-long
			Jane             | jane doe! | userName    | tenant.user.userName.invalid
			Jane             | .jane     | userName    | tenant.user.userName.invalid
			Jane             | jane.     | userName    | tenant.user.userName.invalid
			Jane             | ja..ne    | userName    | tenant.user.userName.invalid
			Jane             | LONG_USER | userName    | tenant.user.userName.invalid
			Jane             | ""        | userName    | tenant.validation.required
			""")
	void aNewUserOfTheWrongShapeComesBackAtItsField(String displayName, String userName, String field, String key)
			throws Exception {
		String page = this.mvc
			.perform(post("/tenants/" + CUSTOMER + "/users").with(csrf())
				.with(user(ADMIN))
				.param("displayName", expand(displayName))
				.param("userName", expand(userName)))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertErrorAt(page, field, key);
		verify(this.users, never()).add(any(), any(), any());
	}

	@ParameterizedTest
	@ValueSource(strings = { "not-a-uuid", "1", "../users" })
	void aLicenseThatIsNotAnIdComesBackAtTheLicenses(String subscriptionId) throws Exception {
		String page = this.mvc
			.perform(post("/tenants/" + CUSTOMER + "/users").with(csrf())
				.with(user(ADMIN))
				.param("displayName", "Jane")
				.param("userName", "jane")
				.param("subscriptionIds", subscriptionId))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertErrorAt(page, "subscriptionIds", "typeMismatch.userForm.subscriptionIds");
		verify(this.users, never()).add(any(), any(), any());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			""        | tenant.validation.required
			"   "     | tenant.validation.required
			LONG_NAME | tenant.validation.too-long
			""")
	void aGroupNameOfTheWrongShapeComesBackAtTheName(String name, String key) throws Exception {
		String page = this.mvc
			.perform(
					post("/tenants/" + CUSTOMER + "/groups").with(csrf()).with(user(ADMIN)).param("name", expand(name)))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertErrorAt(page, "name", key);
		verify(this.groups, never()).create(any(), any(), any());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			USER       | jane      | 0    | sizeGb    | tenant.mailbox.sizeGb.range
			USER       | jane      | 101  | sizeGb    | tenant.mailbox.sizeGb.range
			USER       | jane      | -5   | sizeGb    | tenant.mailbox.sizeGb.range
			USER       | jane      | abc  | sizeGb    | typeMismatch.mailboxForm.sizeGb
			USER       | jane      | 1.5  | sizeGb    | typeMismatch.mailboxForm.sizeGb
			USER       | jane      | 99999999999 | sizeGb | typeMismatch.mailboxForm.sizeGb
			USER       | jane      | ""   | sizeGb    | tenant.validation.required
			USER       | jane doe  | 50   | localPart | tenant.mailbox.localPart.invalid
			USER       | jane@x    | 50   | localPart | tenant.mailbox.localPart.invalid
			USER       | ""        | 50   | localPart | tenant.validation.required
			""         | jane      | 50   | userId    | tenant.mailbox.user.required
			not-a-uuid | jane      | 50   | userId    | typeMismatch.mailboxForm.userId
			""")
	void aMailboxOfTheWrongShapeComesBackAtItsField(String userId, String localPart, String sizeGb, String field,
			String key) throws Exception {
		String page = this.mvc
			.perform(post("/tenants/" + CUSTOMER + "/mailboxes").with(csrf())
				.with(user(ADMIN))
				.param("userId", "USER".equals(userId) ? UUID.randomUUID().toString() : userId)
				.param("localPart", localPart)
				.param("sizeGb", sizeGb))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertErrorAt(page, field, key);
		verify(this.mailboxes, never()).create(any(), any(), any());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			""        | MAILBOX    | 2099-01-01T09:00 | sourceSystem | tenant.migration.sourceSystem.required
			BOGUS     | MAILBOX    | 2099-01-01T09:00 | sourceSystem | typeMismatch.migrationForm.sourceSystem
			IMAP      | ""         | 2099-01-01T09:00 | mailboxIds   | tenant.migration.mailboxes.required
			IMAP      | not-a-uuid | 2099-01-01T09:00 | mailboxIds   | typeMismatch.migrationForm.mailboxIds
			IMAP      | MAILBOX    | ""               | scheduledFor | tenant.validation.required
			IMAP      | MAILBOX    | tomorrow         | scheduledFor | typeMismatch.migrationForm.scheduledFor
			IMAP      | MAILBOX    | 2099-13-01T09:00 | scheduledFor | typeMismatch.migrationForm.scheduledFor
			""")
	void aMigrationOfTheWrongShapeComesBackAtItsField(String sourceSystem, String mailboxId, String scheduledFor,
			String field, String key) throws Exception {
		String page = this.mvc
			.perform(post("/tenants/" + CUSTOMER + "/migrations").with(csrf())
				.with(user(ADMIN))
				.param("sourceSystem", sourceSystem)
				.param("mailboxIds", "MAILBOX".equals(mailboxId) ? UUID.randomUUID().toString() : mailboxId)
				.param("scheduledFor", scheduledFor))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertErrorAt(page, field, key);
		verify(this.migrations, never()).request(any(), any(), any());
	}

	@ParameterizedTest
	@EnumSource(value = TenantAdminRejectedException.Reason.class,
			names = { "USER_NAME_TAKEN", "LICENSE_UNAVAILABLE", "LICENSES_ALL_ASSIGNED" })
	void aRefusalOfTheUsersServiceComesBackAtTheFieldOfItsReason(TenantAdminRejectedException.Reason reason)
			throws Exception {
		TenantAdminRejectedException rejection = rejection(reason, "Mail Plan 1", 10);
		given(this.users.add(eq(CUSTOMER), any(), any())).willThrow(rejection);

		String page = this.mvc
			.perform(post("/tenants/" + CUSTOMER + "/users").with(csrf())
				.with(user(ADMIN))
				.param("displayName", "Jane")
				.param("userName", "jane"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();

		String field = (reason == TenantAdminRejectedException.Reason.USER_NAME_TAKEN) ? "userName" : "subscriptionIds";
		assertThat(page).containsPattern(errorAt(field,
				this.messages.getMessage(reason.messageKey(), new Object[] { "Mail Plan 1", 10 }, Locale.ENGLISH)));
	}

	@Test
	void aRefusalOfTheOtherServicesComesBackAtTheFieldOfItsReason() throws Exception {
		TenantAdminRejectedException nameTaken = rejection(TenantAdminRejectedException.Reason.GROUP_NAME_TAKEN);
		given(this.groups.create(eq(CUSTOMER), any(), any())).willThrow(nameTaken);
		assertThat(this.mvc
			.perform(post("/tenants/" + CUSTOMER + "/groups").with(csrf()).with(user(ADMIN)).param("name", "Sales"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString()).containsPattern(errorAt("name", english("tenant.group.name.taken")));

		TenantAdminRejectedException addressTaken = rejection(
				TenantAdminRejectedException.Reason.MAILBOX_ADDRESS_TAKEN);
		given(this.mailboxes.create(eq(CUSTOMER), any(), any())).willThrow(addressTaken);
		assertThat(this.mvc
			.perform(post("/tenants/" + CUSTOMER + "/mailboxes").with(csrf())
				.with(user(ADMIN))
				.param("userId", UUID.randomUUID().toString())
				.param("localPart", "jane")
				.param("sizeGb", "50"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString()).containsPattern(errorAt("localPart", english("tenant.mailbox.address.taken")));

		TenantAdminRejectedException past = rejection(TenantAdminRejectedException.Reason.MIGRATION_NOT_IN_FUTURE);
		given(this.migrations.request(eq(CUSTOMER), any(), any())).willThrow(past);
		assertThat(this.mvc
			.perform(post("/tenants/" + CUSTOMER + "/migrations").with(csrf())
				.with(user(ADMIN))
				.param("sourceSystem", "IMAP")
				.param("mailboxIds", UUID.randomUUID().toString())
				.param("scheduledFor", "2020-01-01T09:00"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString())
			.containsPattern(errorAt("scheduledFor", english("tenant.migration.scheduledFor.future")));
	}

	@ParameterizedTest
	@EnumSource(TenantAdminRejectedException.Reason.class)
	void everyReasonHasItsField(TenantAdminRejectedException.Reason reason) {
		String expected = switch (reason.name()) {
			case "GROUP_NAME_TAKEN" -> "name";
			case "ALREADY_GROUP_MEMBER", "USER_HAS_MAILBOX" -> "userId";
			case "USER_NAME_TAKEN" -> "userName";
			case "LICENSE_UNAVAILABLE", "LICENSES_ALL_ASSIGNED" -> "subscriptionIds";
			case "MAILBOX_ADDRESS_TAKEN" -> "localPart";
			case "MIGRATION_NOT_IN_FUTURE" -> "scheduledFor";
			default -> "a reason without a field";
		};
		assertThat(TenantAdminRejectionFields.fieldOf(reason)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			users      | page=-1      | 0 | 20
			groups     | page=abc     | 0 | 20
			mailboxes  | size=100000  | 0 | 100
			migrations | page=3&size=0 | 3 | 20
			users      | page=99999999999 | 0 | 20
			groups     | size=-4&page=2 | 2 | 20
			mailboxes  | sort=bogus,desc | 0 | 20
			migrations |              | 0 | 20
			""")
	void anyPageOrSizeShowsASensiblePage(String list, String query, int page, int size) throws Exception {
		this.mvc
			.perform(get("/tenants/" + CUSTOMER + "/" + list + ((query != null) ? "?" + query : "")).with(user(ADMIN)))
			.andExpect(status().isOk());

		ArgumentCaptor<Pageable> requested = ArgumentCaptor.forClass(Pageable.class);
		switch (list) {
			case "users" -> verify(this.users).list(argThat((CustomerView tenant) -> CUSTOMER.equals(tenant.id())),
					requested.capture());
			case "groups" -> verify(this.groups).list(eq(CUSTOMER), requested.capture());
			case "mailboxes" -> verify(this.mailboxes).list(eq(CUSTOMER), requested.capture());
			default -> verify(this.migrations).list(eq(CUSTOMER), requested.capture());
		}
		assertThat(requested.getValue().getPageNumber()).isEqualTo(page);
		assertThat(requested.getValue().getPageSize()).isEqualTo(size);
	}

	@Test
	void withoutItsCsrfTokenAFormIsRefusedBeforeBinding() throws Exception {
		this.mvc.perform(post("/tenants/" + CUSTOMER + "/mailboxes").with(user(ADMIN)).param("sizeGb", "abc"))
			.andExpect(status().isForbidden());
		verifyNoInteractions(this.mailboxes);
	}

	private static TenantAdminRejectedException rejection(TenantAdminRejectedException.Reason reason,
			Object... arguments) {
		// the exception is the domain's to make: a double that says the same
		TenantAdminRejectedException rejection = mock(TenantAdminRejectedException.class);
		given(rejection.reason()).willReturn(reason);
		given(rejection.messageKey()).willReturn(reason.messageKey());
		given(rejection.arguments()).willReturn(arguments);
		return rejection;
	}

	private void assertErrorAt(String page, String field, String key) {
		String message = english(key);
		// Bean Validation fills in {max} itself: the text up to it is compared
		int placeholder = message.indexOf('{');
		assertThat(page).as("error of %s", field)
			.containsPattern(errorAt(field, (placeholder >= 0) ? message.substring(0, placeholder) : message));
	}

	private String english(String key) {
		return this.messages.getMessage(key, null, Locale.ENGLISH);
	}

	/**
	 * The error element of a field, starting with this text.
	 */
	private static Pattern errorAt(String field, String text) {
		return Pattern
			.compile("id=\"" + Pattern.quote(field) + "-error\"[^>]*>\\s*" + Pattern.quote(HtmlUtils.htmlEscape(text)));
	}

	private static String expand(String value) {
		return switch (value) {
			case "LONG_NAME" -> "x".repeat(201);
			case "LONG_USER" -> "a".repeat(65);
			default -> value;
		};
	}

	/**
	 * The portal's security and the beans its pages call ({@code @dates}, {@code @money},
	 * the language switch) and its form binding, which a web slice does not scan by
	 * itself.
	 */
	@TestConfiguration
	@EnableConfigurationProperties(PortalProperties.class)
	@ComponentScan(basePackages = "com.partnerportal.platform", useDefaultFilters = false,
			includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
					pattern = { ".*\\.SecurityConfiguration", ".*\\.PortalLinks", ".*\\.PortalDates",
							".*\\.PortalMoney", ".*\\.LanguageSwitch", ".*\\.Viewer", ".*\\.Navigation",
							".*\\.PageVariables", ".*\\.FormBindingConfiguration" }))
	static class PortalWebLayer {

	}

}
