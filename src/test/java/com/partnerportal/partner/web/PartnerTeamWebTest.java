package com.partnerportal.partner.web;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.PartnerTeam;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.ConflictException;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestMailServer;
import com.partnerportal.testing.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A partner admin runs its team: invites (the person sets a password by the mailed link),
 * changes roles, deactivates (the user's open session ends on its next request); only
 * partner admins, only their own team; the last active partner admin stays, also under
 * two concurrent requests.
 */
@PortalIntegrationTest
class PartnerTeamWebTest {

	private static final Pattern PASSWORD_LINK = Pattern.compile("/password/set/[A-Za-z0-9_-]{43}");

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	Partners partners;

	@Autowired
	PartnerTeam team;

	@Autowired
	JdbcTemplate jdbc;

	UUID partnerId;

	PortalUser admin;

	@BeforeEach
	void setUp() {
		this.partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		this.admin = this.testData.principal(this.partners,
				this.testData.user(this.partnerId, PartnerRole.PARTNER_ADMIN));
	}

	@Test
	void invitedPersonSetsAPasswordAndSignsInWithTheRolesGiven() throws Exception {
		String email = TestData.uniqueEmail("invitee");
		this.mvc
			.perform(post("/partner/team").param("displayName", "Ivy Invitee")
				.param("email", email)
				.param("language", "ja")
				.param("roles", "SALES_AGENT")
				.with(user(this.admin))
				.with(csrf()))
			.andExpect(redirectedUrl("/partner/team"));
		this.mvc.perform(get("/partner/team").with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(email)));
		String body = GreenMailUtil.getWholeMessage(TestMailServer.awaitMail(email, "Partner Portal"))
			.replace("=\r\n", "")
			.replace("=3D", "=");
		Matcher link = PASSWORD_LINK.matcher(body);
		assertThat(link.find()).isTrue();
		this.mvc
			.perform(post(link.group()).param("password", "invited person passphrase")
				.param("confirmation", "invited person passphrase")
				.with(csrf()))
			.andExpect(redirectedUrl("/login"));
		PortalUser invited = this.testData.principal(this.partners, email);
		assertThat(invited.roles()).containsExactlyInAnyOrder("PARTNER_USER", "SALES_AGENT");
		assertThat(invited.locale().getLanguage()).isEqualTo("ja");
		assertThat(new WebClient(this.port).signIn(email, "invited person passphrase").headers().firstValue("Location"))
			.hasValue("/partner");

		this.mvc
			.perform(post("/partner/team").param("displayName", "Again")
				.param("email", email.toUpperCase())
				.param("language", "en")
				.param("roles", "SALES_AGENT")
				.with(user(this.admin))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"email-error\"")));
	}

	@Test
	void theTeamIsPagedTwentyAtATimeAndEveryMemberIsOnExactlyOnePage() throws Exception {
		List<String> expected = new ArrayList<>();
		expected.add(this.admin.getUsername());
		for (int i = 0; i < 24; i++) {
			expected.add(this.testData.user(this.partnerId, PartnerRole.SALES_AGENT));
		}
		String first = this.mvc.perform(get("/partner/team").with(user(this.admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String second = this.mvc.perform(get("/partner/team").param("page", "1").with(user(this.admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(memberEmails(first)).hasSize(20);
		assertThat(memberEmails(second)).hasSize(5);
		List<String> all = new ArrayList<>(memberEmails(first));
		all.addAll(memberEmails(second));
		assertThat(all).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(first).contains("/partner/team?page=1", "Page 1");
		assertThat(second).contains("/partner/team?page=0", "Page 2");
		// a size beyond the limit, a negative or a malformed page: a page, never an error
		this.mvc.perform(get("/partner/team").param("size", "100000").param("page", "-2").with(user(this.admin)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/partner/team").param("page", "x").param("sort", "password_hash").with(user(this.admin)))
			.andExpect(status().isOk());
	}

	private static List<String> memberEmails(String page) {
		Matcher row = Pattern.compile("data-email=\"([^\"]+)\"").matcher(page);
		List<String> emails = new ArrayList<>();
		while (row.find()) {
			emails.add(row.group(1));
		}
		return emails;
	}

	@Test
	void onlyPartnerAdminsManageOnlyTheirOwnTeam() throws Exception {
		PortalUser sales = this.testData.principal(this.partners,
				this.testData.user(this.partnerId, PartnerRole.SALES_AGENT));
		this.mvc.perform(get("/partner/team").with(user(sales))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/partner/team").param("displayName", "X")
				.param("email", TestData.uniqueEmail("x"))
				.param("language", "en")
				.param("roles", "PARTNER_ADMIN")
				.with(user(sales))
				.with(csrf()))
			.andExpect(status().isForbidden());
		UUID otherPartner = this.testData.signedPartner(TestData.ALL_SERVICES);
		PortalUser foreign = this.testData.principal(this.partners,
				this.testData.user(otherPartner, PartnerRole.SALES_AGENT));
		this.mvc.perform(get("/partner/team/" + foreign.accountId()).with(user(this.admin)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/partner/team/" + foreign.accountId() + "/deactivate").with(user(this.admin)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.partners.findForSignIn(foreign.getUsername())).isPresent();
	}

	@Test
	void deactivatedUserIsSignedOutOnItsNextRequestAndCannotSignIn() throws Exception {
		String email = this.testData.user(this.partnerId, PartnerRole.SALES_AGENT);
		UUID userId = this.testData.principal(this.partners, email).accountId();
		WebClient session = new WebClient(this.port);
		assertThat(session.signIn(email, TestData.PASSWORD).headers().firstValue("Location")).hasValue("/partner");
		assertThat(session.get("/partner").statusCode()).isEqualTo(200);

		this.mvc.perform(post("/partner/team/" + userId + "/deactivate").with(user(this.admin)).with(csrf()))
			.andExpect(redirectedUrl("/partner/team"));

		HttpResponse<String> next = session.get("/partner");
		assertThat(next.statusCode()).isEqualTo(302);
		assertThat(next.headers().firstValue("Location").orElseThrow()).contains("/login");
		assertThat(new WebClient(this.port).signIn(email, TestData.PASSWORD).headers().firstValue("Location"))
			.hasValue("/login?error");
	}

	@Test
	void theLastActivePartnerAdminCannotBeDemotedOrDeactivated() throws Exception {
		this.mvc
			.perform(post("/partner/team/" + this.admin.accountId() + "/roles").param("roles", "SALES_AGENT")
				.with(user(this.admin))
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("id=\"roles-error\"")));
		this.mvc
			.perform(
					post("/partner/team/" + this.admin.accountId() + "/deactivate").with(user(this.admin)).with(csrf()))
			.andExpect(status().isConflict());
		this.mvc
			.perform(post("/partner/team/" + this.admin.accountId() + "/roles").param("roles", "")
				.with(user(this.admin))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void twoAdminsDemotingEachOtherAtOnceLeaveOneAdmin() throws Exception {
		PortalUser second = this.testData.principal(this.partners,
				this.testData.user(this.partnerId, PartnerRole.PARTNER_ADMIN));
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<String>> outcomes = new ArrayList<>();
			outcomes.add(threads.submit(() -> demote(start, this.admin, second)));
			outcomes.add(threads.submit(() -> demote(start, second, this.admin)));
			start.countDown();
			List<String> results = new ArrayList<>();
			for (Future<String> outcome : outcomes) {
				results.add(outcome.get());
			}
			assertThat(results).hasSize(2).contains("demoted");
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(this.jdbc.queryForObject(
				"select count(*) from partner_user u join partner_user_role r on r.partner_user_id = u.id "
						+ "where u.partner_id = ? and u.enabled and r.role = 'PARTNER_ADMIN'",
				Integer.class, this.partnerId))
			.isEqualTo(1);
	}

	@Test
	void partnerAdminsEditTheCompanyProfileAndBadInputIsTiedToItsField() throws Exception {
		this.mvc.perform(get("/partner/profile").with(user(this.admin))).andExpect(status().isOk());
		this.mvc
			.perform(post("/partner/profile").param("displayName", "Shown Name")
				.param("website", "not a site")
				.param("contactEmail", "nope")
				.with(user(this.admin))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"website-error\"")))
			.andExpect(content().string(containsString("id=\"contactEmail-error\"")));
		this.mvc
			.perform(post("/partner/profile").param("displayName", "Shown Name")
				.param("website", "https://shown.example")
				.param("contactName", "Pat Contact")
				.param("contactEmail", "pat@shown.example")
				.param("contactPhone", "+81 3 1234 5678")
				.with(user(this.admin))
				.with(csrf()))
			.andExpect(redirectedUrl("/partner/profile"));
		this.mvc.perform(get("/partner/profile").with(user(this.admin)))
			.andExpect(content().string(containsString("https://shown.example")));
		PortalUser sales = this.testData.principal(this.partners,
				this.testData.user(this.partnerId, PartnerRole.SALES_AGENT));
		this.mvc.perform(post("/partner/profile").param("displayName", "Hijack").with(user(sales)).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("select display_name from partner_profile where partner_id = ?",
				String.class, this.partnerId))
			.isEqualTo("Shown Name");
	}

	private String demote(CountDownLatch start, PortalUser by, PortalUser whom) throws InterruptedException {
		start.await();
		try {
			this.team.changeRoles(by, whom.accountId(), EnumSet.of(PartnerRole.SALES_AGENT));
			return "demoted";
		}
		catch (ConflictException ex) {
			return ex.messageKey();
		}
		catch (com.partnerportal.platform.ForbiddenException ex) {
			return ex.messageKey();
		}
	}

}
