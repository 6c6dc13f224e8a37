package com.partnerportal.tenantadmin.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.customer.CustomerAccounts;
import com.partnerportal.customer.Subscriptions;
import com.partnerportal.delegation.DelegatedAdmins;
import com.partnerportal.invitation.InvitationAcceptance;
import com.partnerportal.invitation.Invitations;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.tenantadmin.NewTenantUser;
import com.partnerportal.tenantadmin.TenantUsers;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestClock;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestTenants;
import com.partnerportal.testing.TestTenants.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The tenant console over HTTP: a customer admin administers its own tenant, a partner's
 * admin agent only while its partner holds the tenant's delegated admin, nobody else; bad
 * input is answered with the form, a localized message and 422, and nothing saved.
 */
@PortalIntegrationTest
class TenantConsoleWebTest {

	static final String OFFER = "APPS_FOR_BUSINESS";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	Partners partners;

	@Autowired
	InvitationAcceptance acceptance;

	@Autowired
	Invitations invitations;

	@Autowired
	Subscriptions customerSubscriptions;

	@Autowired
	CustomerAccounts customerAccounts;

	@Autowired
	DelegatedAdmins delegatedAdmins;

	@Autowired
	TenantUsers users;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	TestTenants tenants;

	Tenant tenant;

	@BeforeEach
	void setUp() {
		this.tenants = new TestTenants(this.testData, this.partners, this.invitations, this.acceptance,
				this.customerAccounts, this.customerSubscriptions);
		this.tenant = this.tenants.acceptedTrial(OFFER);
	}

	@Test
	void theConsoleOpensOnTheUsers() throws Exception {
		this.mvc.perform(get("/tenants/{id}", this.tenant.customerId()).with(user(this.tenant.admin())))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/tenants/" + this.tenant.customerId() + "/users"));
	}

	@Test
	void aCustomerAdminAddsAUserWithALicense() throws Exception {
		String list = page(
				this.mvc.perform(get(users()).with(user(this.tenant.admin()))).andExpect(status().isOk()).andReturn());
		assertThat(list).contains(this.tenant.name(), english("tenant.users.none"));
		String form = page(this.mvc.perform(get(users() + "/new").with(user(this.tenant.admin())))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(form).contains("@" + this.tenant.domain(), "Apps for Business", "0 of 10 assigned");

		this.mvc
			.perform(post(users()).with(user(this.tenant.admin()))
				.with(csrf())
				.param("displayName", "Jane Doe")
				.param("userName", "Jane.Doe")
				.param("subscriptionIds", subscriptionId().toString()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(users()))
			.andExpect(flash().attribute("flash", "tenant.user.flash.added"));

		String after = page(
				this.mvc.perform(get(users()).with(user(this.tenant.admin()))).andExpect(status().isOk()).andReturn());
		assertThat(after).contains("Jane Doe", "jane.doe@" + this.tenant.domain());
		assertThat(this.jdbc.queryForObject(
				"select count(*) from tenant_user_license l join tenant_user u on u.id = l.user_id where u.customer_id = ?",
				Integer.class, this.tenant.customerId()))
			.isOne();
	}

	@Test
	void badInputShowsTheFormAgainWithLocalizedMessagesAndSavesNothing() throws Exception {
		String english = page(this.mvc
			.perform(post(users()).with(user(this.tenant.admin()))
				.with(csrf())
				.param("displayName", " ")
				.param("userName", "jane doe!"))
			.andExpect(status().isUnprocessableContent())
			.andReturn());
		assertThat(english).contains(english("tenant.user.userName.invalid"), english("tenant.validation.required"));

		String japanese = page(this.mvc
			.perform(post(users()).with(user(this.tenant.admin()))
				.with(csrf())
				.header("Accept-Language", "ja")
				.param("displayName", "Jane")
				.param("userName", ".jane"))
			.andExpect(status().isUnprocessableContent())
			.andReturn());
		assertThat(japanese).contains(message("tenant.user.userName.invalid", Locale.JAPANESE));

		String forged = page(this.mvc
			.perform(post(users()).with(user(this.tenant.admin()))
				.with(csrf())
				.param("displayName", "Jane")
				.param("userName", "jane")
				.param("subscriptionIds", "not-a-uuid"))
			.andExpect(status().isUnprocessableContent())
			.andReturn());
		assertThat(forged).contains(english("typeMismatch.userForm.subscriptionIds")).doesNotContain("Exception");

		assertThat(usersOfTenant()).isZero();
	}

	@Test
	void aFullSubscriptionIsAFieldErrorAnd422() throws Exception {
		for (int i = 0; i < 10; i++) {
			this.users.add(this.tenant.customerId(),
					new NewTenantUser("User " + i, "user" + i, Set.of(subscriptionId())), this.tenant.admin());
		}

		String page = page(this.mvc
			.perform(post(users()).with(user(this.tenant.admin()))
				.with(csrf())
				.header("Accept-Language", "ko")
				.param("displayName", "One Too Many")
				.param("userName", "eleven")
				.param("subscriptionIds", subscriptionId().toString()))
			.andExpect(status().isUnprocessableContent())
			.andReturn());

		String expected = this.messages.getMessage(
				new DefaultMessageSourceResolvable(new String[] { "tenant.user.license.full" },
						new Object[] { new DefaultMessageSourceResolvable("catalog.offer." + OFFER + ".name"), 10 }),
				Locale.KOREAN);
		assertThat(page).contains(expected, "10개 중 10개 할당됨");
		assertThat(usersOfTenant()).isEqualTo(10);
	}

	@Test
	void anAdminOfAnotherTenantIsForbidden() throws Exception {
		Tenant other = this.tenants.acceptedTrial(OFFER);

		String forbidden = page(
				this.mvc.perform(get(users()).with(user(other.admin()))).andExpect(status().isForbidden()).andReturn());
		assertThat(forbidden).contains(english("error.403.title"));
		this.mvc.perform(get("/tenants/{id}", this.tenant.customerId()).with(user(other.admin())))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(users()).with(user(other.admin()))
				.with(csrf())
				.param("displayName", "Intruder")
				.param("userName", "intruder"))
			.andExpect(status().isForbidden());

		assertThat(usersOfTenant()).isZero();
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		this.mvc.perform(get(users())).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(post(users()).with(csrf()).param("displayName", "Anon").param("userName", "anon"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		assertThat(usersOfTenant()).isZero();
	}

	@Test
	void anAdminAgentActsOnBehalfOnlyWhileItsPartnerIsTheDelegatedAdmin() throws Exception {
		// a partner without sellers: approving and removing mails nobody
		UUID partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		PortalUser agent = this.testData.principal(this.partners,
				this.testData.user(partnerId, PartnerRole.ADMIN_AGENT));
		this.mvc.perform(get(users()).with(user(agent))).andExpect(status().isForbidden());

		this.delegatedAdmins.approve(this.tenant.customerId(), this.tenant.name(), partnerId, null,
				Actor.of(this.tenant.admin()));

		String page = page(this.mvc.perform(get(users()).with(user(agent))).andExpect(status().isOk()).andReturn());
		assertThat(page).contains(english("console.onBehalf"), this.tenant.name());
		this.mvc
			.perform(post(users()).with(user(agent))
				.with(csrf())
				.param("displayName", "Added By Partner")
				.param("userName", "by-partner"))
			.andExpect(status().isFound());
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.jdbc.queryForList(
					"select detail from audit_entry where customer_id = ? and partner_id = ? and action = 'TENANT_USER_ADDED'",
					String.class, this.tenant.customerId(), partnerId))
				.containsExactly("by-partner@" + this.tenant.domain()));

		this.delegatedAdmins.remove(this.tenant.customerId(), this.tenant.name(), Actor.of(this.tenant.admin()));

		this.mvc.perform(get(users()).with(user(agent))).andExpect(status().isForbidden());
		this.mvc
			.perform(post(users()).with(user(agent))
				.with(csrf())
				.param("displayName", "Too Late")
				.param("userName", "too-late"))
			.andExpect(status().isForbidden());
		assertThat(usersOfTenant()).isOne();
	}

	@Test
	void aPartnerUserWithoutTheAdminAgentRoleIsForbiddenEvenWithDelegatedAdmin() throws Exception {
		UUID partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		PortalUser helpdesk = this.testData.principal(this.partners,
				this.testData.user(partnerId, PartnerRole.HELPDESK_AGENT));
		this.delegatedAdmins.approve(this.tenant.customerId(), this.tenant.name(), partnerId, null,
				Actor.of(this.tenant.admin()));

		this.mvc.perform(get(users()).with(user(helpdesk))).andExpect(status().isForbidden());
	}

	@Test
	void editsAndRemovesAUser() throws Exception {
		UUID id = this.users.add(this.tenant.customerId(), new NewTenantUser("Jane", "jane", Set.of()),
				this.tenant.admin());
		String userPage = users() + "/" + id;

		assertThat(page(
				this.mvc.perform(get(userPage).with(user(this.tenant.admin()))).andExpect(status().isOk()).andReturn()))
			.contains("jane@" + this.tenant.domain());
		assertThat(page(this.mvc.perform(get(userPage + "/edit").with(user(this.tenant.admin())))
			.andExpect(status().isOk())
			.andReturn())).contains("Jane");
		this.mvc
			.perform(post(userPage + "/edit").with(user(this.tenant.admin()))
				.with(csrf())
				.param("displayName", "")
				.param("subscriptionIds", subscriptionId().toString()))
			.andExpect(status().isUnprocessableContent());
		this.mvc
			.perform(post(userPage + "/edit").with(user(this.tenant.admin()))
				.with(csrf())
				.param("displayName", "Jane Doe")
				.param("subscriptionIds", subscriptionId().toString()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(userPage));
		assertThat(page(this.mvc.perform(get(userPage).with(user(this.tenant.admin()))).andReturn()))
			.contains("Jane Doe", "Apps for Business");

		assertThat(page(this.mvc.perform(get(userPage + "/remove").with(user(this.tenant.admin())))
			.andExpect(status().isOk())
			.andReturn())).contains(english("tenant.userRemove.submit"));
		this.mvc.perform(post(userPage + "/remove").with(user(this.tenant.admin())).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(users()));
		this.mvc.perform(get(userPage).with(user(this.tenant.admin()))).andExpect(status().isNotFound());
		assertThat(usersOfTenant()).isZero();
	}

	@Test
	void anotherTenantsUserInTheAddressIsNotFound() throws Exception {
		Tenant other = this.tenants.acceptedTrial(OFFER);
		UUID theirs = this.users.add(other.customerId(), new NewTenantUser("Theirs", "theirs", Set.of()),
				other.admin());

		this.mvc.perform(get(users() + "/" + theirs).with(user(this.tenant.admin()))).andExpect(status().isNotFound());
		this.mvc.perform(post(users() + "/" + theirs + "/remove").with(user(this.tenant.admin())).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.users.get(other.customerId(), theirs).displayName()).isEqualTo("Theirs");
	}

	@Test
	void groupsWithMembers() throws Exception {
		UUID jane = this.users.add(this.tenant.customerId(), new NewTenantUser("Jane", "jane", Set.of()),
				this.tenant.admin());
		String groups = console() + "/groups";
		PortalUser admin = this.tenant.admin();

		assertThat(page(this.mvc.perform(get(groups).with(user(admin))).andExpect(status().isOk()).andReturn()))
			.contains(english("tenant.groups.none"));
		this.mvc.perform(get(groups + "/new").with(user(admin))).andExpect(status().isOk());
		this.mvc.perform(post(groups).with(user(admin)).with(csrf()).param("name", " "))
			.andExpect(status().isUnprocessableContent());
		MvcResult created = this.mvc.perform(post(groups).with(user(admin)).with(csrf()).param("name", "Sales"))
			.andExpect(status().isFound())
			.andReturn();
		String group = created.getResponse().getRedirectedUrl();
		assertThat(group).startsWith(groups + "/");
		this.mvc.perform(post(groups).with(user(admin)).with(csrf()).param("name", "SALES"))
			.andExpect(status().isUnprocessableContent());

		this.mvc.perform(post(group + "/members").with(user(admin)).with(csrf()).param("userId", ""))
			.andExpect(status().isUnprocessableContent());
		this.mvc.perform(post(group + "/members").with(user(admin)).with(csrf()).param("userId", jane.toString()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(group));
		assertThat(page(this.mvc.perform(get(group).with(user(admin))).andExpect(status().isOk()).andReturn()))
			.contains("Sales", "jane@" + this.tenant.domain());
		assertThat(page(this.mvc.perform(get(groups).with(user(admin))).andReturn())).contains("Sales");

		this.mvc.perform(post(group + "/members/" + jane + "/remove").with(user(admin)).with(csrf()))
			.andExpect(status().isFound());
		this.mvc.perform(post(group + "/members/" + jane + "/remove").with(user(admin)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(
				page(this.mvc.perform(get(group + "/delete").with(user(admin))).andExpect(status().isOk()).andReturn()))
			.contains(english("tenant.groupDelete.submit"));
		this.mvc.perform(post(group + "/delete").with(user(admin)).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(groups));
		this.mvc.perform(get(group).with(user(admin))).andExpect(status().isNotFound());
	}

	@Test
	void mailboxesAndDataMigrations() throws Exception {
		UUID jane = this.users.add(this.tenant.customerId(), new NewTenantUser("Jane", "jane", Set.of()),
				this.tenant.admin());
		PortalUser admin = this.tenant.admin();
		String mailboxes = console() + "/mailboxes";
		String migrations = console() + "/migrations";

		this.mvc.perform(get(mailboxes).with(user(admin))).andExpect(status().isOk());
		assertThat(page(
				this.mvc.perform(get(mailboxes + "/new").with(user(admin))).andExpect(status().isOk()).andReturn()))
			.contains("jane@" + this.tenant.domain());
		String tooBig = page(this.mvc
			.perform(post(mailboxes).with(user(admin))
				.with(csrf())
				.param("userId", jane.toString())
				.param("localPart", "jane")
				.param("sizeGb", "101"))
			.andExpect(status().isUnprocessableContent())
			.andReturn());
		assertThat(tooBig).contains(english("tenant.mailbox.sizeGb.range"));
		String notANumber = page(this.mvc
			.perform(post(mailboxes).with(user(admin))
				.with(csrf())
				.param("userId", jane.toString())
				.param("localPart", "jane")
				.param("sizeGb", "abc"))
			.andExpect(status().isUnprocessableContent())
			.andReturn());
		assertThat(notANumber).contains(english("typeMismatch.mailboxForm.sizeGb"), "jane@" + this.tenant.domain());
		this.mvc
			.perform(post(mailboxes).with(user(admin))
				.with(csrf())
				.param("userId", jane.toString())
				.param("localPart", "Jane")
				.param("sizeGb", "50"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(mailboxes));
		String list = page(this.mvc.perform(get(mailboxes).with(user(admin))).andReturn());
		assertThat(list).contains("jane@" + this.tenant.domain(), "50 GB");
		UUID mailbox = this.jdbc.queryForObject("select id from mailbox where user_id = ?", UUID.class, jane);

		this.mvc.perform(get(migrations).with(user(admin))).andExpect(status().isOk());
		this.mvc.perform(get(migrations + "/new").with(user(admin))).andExpect(status().isOk());
		String past = LocalDateTime.ofInstant(this.clock.instant().minus(Duration.ofHours(1)), ZoneOffset.UTC)
			.truncatedTo(ChronoUnit.MINUTES)
			.toString();
		String pastPage = page(this.mvc
			.perform(post(migrations).with(user(admin))
				.with(csrf())
				.param("sourceSystem", "IMAP")
				.param("mailboxIds", mailbox.toString())
				.param("scheduledFor", past))
			.andExpect(status().isUnprocessableContent())
			.andReturn());
		assertThat(pastPage).contains(english("tenant.migration.scheduledFor.future"));
		this.mvc
			.perform(post(migrations).with(user(admin))
				.with(csrf())
				.param("sourceSystem", "IMAP")
				.param("scheduledFor", "2099-01-01T09:00"))
			.andExpect(status().isUnprocessableContent());
		String future = LocalDateTime.ofInstant(this.clock.instant().plus(Duration.ofDays(3)), ZoneOffset.UTC)
			.truncatedTo(ChronoUnit.MINUTES)
			.toString();
		MvcResult requested = this.mvc
			.perform(post(migrations).with(user(admin))
				.with(csrf())
				.param("sourceSystem", "GOOGLE_WORKSPACE")
				.param("mailboxIds", mailbox.toString())
				.param("scheduledFor", future))
			.andExpect(status().isFound())
			.andReturn();
		String migration = requested.getResponse().getRedirectedUrl();
		assertThat(page(this.mvc.perform(get(migration).with(user(admin))).andExpect(status().isOk()).andReturn()))
			.contains(english("tenant.migration.state.REQUESTED"), "jane@" + this.tenant.domain(), "Google Workspace");
		assertThat(page(this.mvc.perform(get(migrations).with(user(admin))).andReturn())).contains("Google Workspace");
		this.mvc.perform(post(migration + "/cancel").with(user(admin)).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(migration));
		assertThat(page(this.mvc.perform(get(migration).with(user(admin)).header("Accept-Language", "ja"))
			.andExpect(status().isOk())
			.andReturn())).contains("キャンセル済み");
		this.mvc.perform(post(migration + "/cancel").with(user(admin)).with(csrf())).andExpect(status().isConflict());

		assertThat(page(this.mvc.perform(get(mailboxes + "/" + mailbox + "/remove").with(user(admin)))
			.andExpect(status().isOk())
			.andReturn())).contains(english("tenant.mailboxRemove.submit"));
		this.mvc.perform(post(mailboxes + "/" + mailbox + "/remove").with(user(admin)).with(csrf()))
			.andExpect(status().isFound());
		assertThat(this.jdbc.queryForObject("select count(*) from mailbox where user_id = ?", Integer.class, jane))
			.isZero();
	}

	private String console() {
		return "/tenants/" + this.tenant.customerId();
	}

	@Test
	void aClientsSortOrPageOutOfRangeNeverReachesAQuery() throws Exception {
		this.users.add(this.tenant.customerId(), new NewTenantUser("Jane Doe", "jane", Set.of()), this.tenant.admin());
		for (String list : new String[] { "/users", "/groups", "/mailboxes", "/migrations" }) {
			for (String query : new String[] { "?sort=bogus,desc", "?sort=customerId", "?page=-1&size=100000",
					"?page=abc&size=abc" }) {
				this.mvc.perform(get(console() + list + query).with(user(this.tenant.admin())))
					.andExpect(status().isOk());
			}
		}
		String firstPage = page(
				this.mvc.perform(get(users() + "?sort=userName,desc&page=-3").with(user(this.tenant.admin())))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(firstPage).contains("jane@" + this.tenant.domain());
	}

	private String users() {
		return console() + "/users";
	}

	private UUID subscriptionId() {
		return this.tenant.subscription(OFFER).id();
	}

	private int usersOfTenant() {
		return this.jdbc.queryForObject("select count(*) from tenant_user where customer_id = ?", Integer.class,
				this.tenant.customerId());
	}

	private String english(String key) {
		return message(key, Locale.ENGLISH);
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	private static String page(MvcResult result) throws Exception {
		return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
