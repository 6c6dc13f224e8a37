package com.partnerportal.delegation.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.delegation.DelegatedRole;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestTenants;
import com.partnerportal.testing.TestTenants.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The authorization matrix per delegated role, over the console's real endpoints: for
 * each role held alone, each area of the console, to look (its list page) and to change
 * (its creation form's POST, empty: a validation answer when allowed), an admin agent of
 * the delegated-admin partner is let in or refused as written here by hand; so are a
 * helpdesk agent, an agent limited to named customers and the customer's own admin.
 */
@PortalIntegrationTest
class RoleAccessMatrixTest {

	/** The areas in the console's order: its list page and its creation POST. */
	private static final List<String> AREAS = List.of("users", "groups", "mailboxes", "migrations", "service-requests");

	/**
	 * What each role held alone allows, by hand: area → [look, change].
	 */
	private static final Map<DelegatedRole, Map<String, boolean[]>> EXPECTED = Map.of(DelegatedRole.USERS_AND_LICENSES,
			only("users"), DelegatedRole.GROUPS, only("groups"), DelegatedRole.MAILBOXES, only("mailboxes"),
			DelegatedRole.DATA_MIGRATIONS, only("migrations"), DelegatedRole.SERVICE_REQUESTS, only("service-requests"),
			DelegatedRole.READ_ONLY,
			Map.of("users", new boolean[] { true, false }, "groups", new boolean[] { true, false }, "mailboxes",
					new boolean[] { true, false }, "migrations", new boolean[] { true, false }, "service-requests",
					new boolean[] { true, false }));

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	TestTenants tenants;

	@Autowired
	Partners partners;

	@Autowired
	JdbcTemplate jdbc;

	UUID partnerId;

	Tenant tenant;

	PortalUser adminAgent;

	@BeforeEach
	void setUp() {
		this.partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		PortalUser sales = principal(PartnerRole.SALES_AGENT);
		this.tenant = this.tenants.acceptedTrial(sales, true, "BUSINESS_STANDARD");
		this.adminAgent = principal(PartnerRole.ADMIN_AGENT);
	}

	@Test
	void eachRoleAloneLetsAnAdminAgentLookAndChangeOnlyWhereItShould() throws Exception {
		List<String> problems = new ArrayList<>();
		for (DelegatedRole role : DelegatedRole.values()) {
			holdOnly(role);
			for (String area : AREAS) {
				boolean[] expected = EXPECTED.get(role).getOrDefault(area, new boolean[] { false, false });
				check(problems, role + " alone", area, this.adminAgent, expected[0], expected[1]);
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void aHelpdeskAgentReachesServiceRequestsOnlyAndOnlyAsFarAsTheRolesGo() throws Exception {
		PortalUser helpdesk = principal(PartnerRole.HELPDESK_AGENT);
		List<String> problems = new ArrayList<>();
		holdOnly(DelegatedRole.values());
		for (String area : AREAS) {
			boolean support = area.equals("service-requests");
			check(problems, "every role", area, helpdesk, support, support);
		}
		holdOnly(DelegatedRole.READ_ONLY);
		for (String area : AREAS) {
			boolean support = area.equals("service-requests");
			check(problems, "read-only", area, helpdesk, support, false);
		}
		holdOnly(DelegatedRole.USERS_AND_LICENSES);
		for (String area : AREAS) {
			check(problems, "users and licenses", area, helpdesk, false, false);
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void anAgentLimitedToNamedCustomersActsInThoseOnly() throws Exception {
		Tenant other = this.tenants.acceptedTrial(principal(PartnerRole.SALES_AGENT), true, "BUSINESS_STANDARD");
		List<String> problems = new ArrayList<>();
		limit(this.adminAgent, other.customerId());
		for (String area : AREAS) {
			check(problems, "limited to another customer", area, this.adminAgent, false, false);
		}
		limit(this.adminAgent, this.tenant.customerId());
		for (String area : AREAS) {
			check(problems, "limited to this customer among others", area, this.adminAgent, true, true);
		}
		this.jdbc.update("delete from partner_user_customer_scope where user_id = ?", this.adminAgent.accountId());
		for (String area : AREAS) {
			check(problems, "limited to none", area, this.adminAgent, true, true);
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void theCustomersOwnAdminDoesEverythingWhateverRolesItsPartnerHolds() throws Exception {
		List<String> problems = new ArrayList<>();
		holdOnly(DelegatedRole.READ_ONLY);
		for (String area : AREAS) {
			check(problems, "read-only partner", area, this.tenant.admin(), true, true);
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void theConsoleEntrySendsEachToTheFirstAreaItMayLookAt() throws Exception {
		holdOnly(DelegatedRole.MAILBOXES, DelegatedRole.SERVICE_REQUESTS);
		String console = "/tenants/" + this.tenant.customerId();
		assertThat(
				this.mvc.perform(get(console).with(user(this.adminAgent))).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo(console + "/mailboxes");
		assertThat(this.mvc.perform(get(console).with(user(principal(PartnerRole.HELPDESK_AGENT))))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo(console + "/service-requests");
		assertThat(this.mvc.perform(get(console).with(user(this.tenant.admin())))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo(console + "/users");
		holdOnly(DelegatedRole.USERS_AND_LICENSES);
		assertThat(this.mvc.perform(get(console).with(user(principal(PartnerRole.HELPDESK_AGENT))))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

	private void check(List<String> problems, String held, String area, PortalUser who, boolean look, boolean change)
			throws Exception {
		String base = "/tenants/" + this.tenant.customerId() + "/" + area;
		int looked = this.mvc.perform(get(base).with(user(who))).andReturn().getResponse().getStatus();
		int formShown = this.mvc.perform(get(base + "/new").with(user(who))).andReturn().getResponse().getStatus();
		int changed = this.mvc.perform(post(base).with(csrf()).with(user(who))).andReturn().getResponse().getStatus();
		expect(problems, held + ", " + who.roles() + ": look at " + area, looked, look, Set.of(200));
		expect(problems, held + ", " + who.roles() + ": form of " + area, formShown, change, Set.of(200));
		expect(problems, held + ", " + who.roles() + ": change in " + area, changed, change, Set.of(200, 302, 422));
	}

	private static void expect(List<String> problems, String what, int status, boolean allowed, Set<Integer> ok) {
		if (allowed && !ok.contains(status)) {
			problems.add(what + " should be allowed, got " + status);
		}
		if (!allowed && status != 403) {
			problems.add(what + " should be refused, got " + status);
		}
	}

	private void holdOnly(DelegatedRole... roles) {
		String names = String.join(",", Arrays.stream(roles).map(Enum::name).toList());
		int updated = this.jdbc.update(
				"update delegated_admin set roles = ? where customer_id = ? and state = 'ACTIVE'", names,
				this.tenant.customerId());
		assertThat(updated).isEqualTo(1);
	}

	private void limit(PortalUser agent, UUID customerId) {
		this.jdbc.update(
				"insert into partner_user_customer_scope (user_id, customer_id, added_at) values (?, ?, now())",
				agent.accountId(), customerId);
	}

	private PortalUser principal(PartnerRole... roles) {
		return this.testData.principal(this.partners, this.testData.user(this.partnerId, roles));
	}

	private static Map<String, boolean[]> only(String area) {
		return Map.of(area, new boolean[] { true, true });
	}

}
