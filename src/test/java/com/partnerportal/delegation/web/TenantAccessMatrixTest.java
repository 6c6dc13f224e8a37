package com.partnerportal.delegation.web;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.partnerportal.customer.Tenants;
import com.partnerportal.delegation.DelegatedAdmins;
import com.partnerportal.invitation.Invitations;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.support.NewServiceRequest;
import com.partnerportal.support.ServiceRequestCategory;
import com.partnerportal.support.ServiceRequestSeverity;
import com.partnerportal.support.ServiceRequests;
import com.partnerportal.tenantadmin.DataMigrations;
import com.partnerportal.tenantadmin.Mailboxes;
import com.partnerportal.tenantadmin.NewDataMigration;
import com.partnerportal.tenantadmin.NewMailbox;
import com.partnerportal.tenantadmin.NewTenantUser;
import com.partnerportal.tenantadmin.SourceSystem;
import com.partnerportal.tenantadmin.TenantGroups;
import com.partnerportal.tenantadmin.TenantUsers;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestTenants;
import com.partnerportal.testing.TestTenants.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Invariant 2, as a matrix: for every endpoint of a tenant's console, read from the
 * application's own request mappings (a new endpoint is in the matrix by itself), who is
 * let in and who is refused: the customer's own admins; the partner holding the active
 * delegated admin, by role; the same partner after removal; another partner; an admin of
 * another customer; a back-office admin; nobody signed in. The path's ids are of real
 * records of the tenant (a fresh set for every change), so an allowed visitor gets the
 * page, a redirect or a validation answer, never a 404.
 */
@PortalIntegrationTest
class TenantAccessMatrixTest {

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	TestData testData;

	@Autowired
	Partners partners;

	@Autowired
	Tenants customerTenants;

	@Autowired
	Invitations invitations;

	@Autowired
	DelegatedAdmins delegatedAdmins;

	@Autowired
	TestTenants tenants;

	@Autowired
	TenantUsers tenantUsers;

	@Autowired
	TenantGroups tenantGroups;

	@Autowired
	Mailboxes mailboxes;

	@Autowired
	DataMigrations migrations;

	@Autowired
	ServiceRequests serviceRequests;

	@Autowired
	Clock clock;

	private final AtomicInteger seeded = new AtomicInteger();

	private final Map<UUID, PortalUser> tenantAdmins = new HashMap<>();

	private final Map<UUID, Map<String, UUID>> readableRecords = new HashMap<>();

	UUID partnerId;

	PortalUser sales;

	@BeforeEach
	void setUp() {
		this.partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		this.sales = principal(this.partnerId, PartnerRole.SALES_AGENT);
	}

	@Test
	void everyConsoleEndpointLetsInOnlyWhomItShould() throws Exception {
		List<Endpoint> endpoints = consoleEndpoints();
		assertThat(endpoints).as("console endpoints found in the application")
			.extracting(Endpoint::pattern)
			.contains("/tenants/{customerId}/users", "/tenants/{customerId}/groups", "/tenants/{customerId}/mailboxes",
					"/tenants/{customerId}/migrations", "/tenants/{customerId}/service-requests");

		Tenant tenant = this.tenants.acceptedTrial(this.sales, true, "BUSINESS_STANDARD");
		Tenant otherTenant = this.tenants.acceptedTrial(this.sales, false, "BUSINESS_STANDARD");
		PortalUser adminAgent = principal(this.partnerId, PartnerRole.ADMIN_AGENT);
		PortalUser helpdesk = principal(this.partnerId, PartnerRole.HELPDESK_AGENT);
		PortalUser partnerAdmin = principal(this.partnerId, PartnerRole.PARTNER_ADMIN);
		UUID otherPartner = this.testData.signedPartner(TestData.ALL_SERVICES);
		PortalUser foreignAgent = principal(otherPartner, PartnerRole.ADMIN_AGENT, PartnerRole.HELPDESK_AGENT);
		PortalUser backOfficeAdmin = new PortalUser(UUID.randomUUID(), AccountKind.BACK_OFFICE_ADMIN, null,
				"admin@operator.example", "Olga Operator", Locale.ENGLISH, Set.of("BACK_OFFICE_ADMIN"), null);
		this.tenantAdmins.put(tenant.customerId(), tenant.admin());
		this.tenantAdmins.put(otherTenant.customerId(), otherTenant.admin());

		List<String> problems = new ArrayList<>();
		for (Endpoint endpoint : endpoints) {
			// the console's entry lets in whoever may look at some area (and sends it
			// there)
			boolean support = endpoint.pattern().matches("/tenants/\\{customerId}/service-requests(/.*)?")
					|| endpoint.pattern().equals("/tenants/{customerId}");
			expectAllowed(problems, endpoint, tenant.customerId(), tenant.admin(), "the tenant's own admin");
			expectAllowed(problems, endpoint, tenant.customerId(), adminAgent, "admin agent of the delegated admin");
			expect(problems, endpoint, tenant.customerId(), helpdesk, support, "helpdesk agent of the delegated admin");
			expectRefused(problems, endpoint, tenant.customerId(), this.sales, "sales agent of the delegated admin");
			expectRefused(problems, endpoint, tenant.customerId(), partnerAdmin,
					"partner admin of the delegated admin");
			expectRefused(problems, endpoint, tenant.customerId(), foreignAgent, "agent of another partner");
			expectRefused(problems, endpoint, tenant.customerId(), otherTenant.admin(), "admin of another customer");
			expectRefused(problems, endpoint, tenant.customerId(), backOfficeAdmin, "back-office admin");
			expectRefused(problems, endpoint, otherTenant.customerId(), adminAgent,
					"admin agent in a tenant its partner does not administer");
			int anonymous = perform(endpoint, tenant.customerId(), null);
			if (anonymous != 302) {
				problems.add(endpoint + " let nobody-signed-in get " + anonymous);
			}
		}

		this.delegatedAdmins.remove(tenant.customerId(), "Tenant", Actor.of(tenant.admin()));
		for (Endpoint endpoint : endpoints) {
			expectRefused(problems, endpoint, tenant.customerId(), adminAgent, "admin agent after removal");
			expectRefused(problems, endpoint, tenant.customerId(), helpdesk, "helpdesk agent after removal");
			expectAllowed(problems, endpoint, tenant.customerId(), tenant.admin(),
					"the tenant's own admin after removal");
		}
		assertThat(problems).isEmpty();
	}

	/**
	 * Every handler method whose path starts with /tenants/, with each of its HTTP
	 * methods (GET when it declares none).
	 */
	private List<Endpoint> consoleEndpoints() {
		List<Endpoint> endpoints = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, ?> entry : this.mappings.getHandlerMethods().entrySet()) {
			Set<String> patterns = entry.getKey().getPatternValues();
			Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
			for (String pattern : patterns) {
				if (!pattern.startsWith("/tenants/")) {
					continue;
				}
				assertThat(pattern).as("console paths name the tenant first").startsWith("/tenants/{customerId}");
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					endpoints.add(new Endpoint(method, pattern));
				}
			}
		}
		return endpoints;
	}

	private void expectAllowed(List<String> problems, Endpoint endpoint, UUID customerId, PortalUser user, String who)
			throws Exception {
		expect(problems, endpoint, customerId, user, true, who);
	}

	private void expectRefused(List<String> problems, Endpoint endpoint, UUID customerId, PortalUser user, String who)
			throws Exception {
		expect(problems, endpoint, customerId, user, false, who);
	}

	private void expect(List<String> problems, Endpoint endpoint, UUID customerId, PortalUser user, boolean allowed,
			String who) throws Exception {
		int status = perform(endpoint, customerId, user);
		if (status >= 500) {
			problems.add(endpoint + " answered " + status + " to " + who);
		}
		else if (allowed && status == 403) {
			problems.add(endpoint + " refused " + who);
		}
		else if (allowed && !Set.of(200, 302, 422).contains(status)) {
			problems.add(endpoint + " answered " + status + " to " + who + ", not the page or a validation answer");
		}
		else if (!allowed && status != 403) {
			problems.add(endpoint + " let in " + who + " (" + status + ")");
		}
	}

	/**
	 * Calls the endpoint for the tenant; the other path variables get the ids of real
	 * records of that tenant: fresh ones for a change (a removal or a close consumes
	 * them), the same ones for a page.
	 */
	private int perform(Endpoint endpoint, UUID customerId, PortalUser user) throws Exception {
		Map<String, UUID> records = (endpoint.method() == RequestMethod.GET)
				? this.readableRecords.computeIfAbsent(customerId, this::seed) : seed(customerId);
		Matcher matcher = VARIABLE.matcher(endpoint.pattern());
		StringBuilder path = new StringBuilder();
		while (matcher.find()) {
			String value = "customerId".equals(matcher.group(1)) ? customerId.toString()
					: idFor(records, endpoint.pattern(), matcher.group(1), matcher.start()).toString();
			matcher.appendReplacement(path, value);
		}
		matcher.appendTail(path);
		MockHttpServletRequestBuilder request = request(endpoint.method().asHttpMethod(), path.toString());
		if (endpoint.method() != RequestMethod.GET) {
			request.with(csrf());
		}
		if (user != null) {
			request.with(user(user));
		}
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

	/**
	 * The id for a path variable: {@code userId} is a member of the group; {@code id} is
	 * the record the segment before it names.
	 */
	private static UUID idFor(Map<String, UUID> records, String pattern, String variable, int at) {
		String key = "userId".equals(variable) ? "member"
				: pattern.substring(0, at - 1).substring(pattern.substring(0, at - 1).lastIndexOf('/') + 1);
		UUID id = records.get(key);
		assertThat(id).as("a seeded record for {" + variable + "} in " + pattern).isNotNull();
		return id;
	}

	/**
	 * One record of each kind in the tenant, made by its own admin: a user (also the
	 * group's member and the mailbox's owner), a group, a mailbox, a data migration, a
	 * service request.
	 */
	private Map<String, UUID> seed(UUID customerId) {
		PortalUser admin = this.tenantAdmins.get(customerId);
		int n = this.seeded.incrementAndGet();
		UUID user = this.tenantUsers.add(customerId, new NewTenantUser("Matrix " + n, "matrix" + n, Set.of()), admin);
		UUID group = this.tenantGroups.create(customerId, "Matrix group " + n, admin);
		this.tenantGroups.addMember(customerId, group, user, admin);
		UUID mailbox = this.mailboxes.create(customerId, new NewMailbox(user, "matrix" + n, 10), admin);
		UUID migration = this.migrations.request(customerId,
				new NewDataMigration(SourceSystem.IMAP, Set.of(mailbox), this.clock.instant().plus(Duration.ofDays(2))),
				admin);
		UUID request = this.serviceRequests
			.open(admin, customerId,
					new NewServiceRequest("Matrix " + n, "Seeded by the access matrix", ServiceRequestCategory.OTHER,
							ServiceRequestSeverity.LOW))
			.id();
		return Map.of("users", user, "member", user, "groups", group, "mailboxes", mailbox, "migrations", migration,
				"service-requests", request);
	}

	private PortalUser principal(UUID partner, PartnerRole... roles) {
		return this.testData.principal(this.partners, this.testData.user(partner, roles));
	}

	record Endpoint(RequestMethod method, String pattern) {

		@Override
		public String toString() {
			return this.method + " " + this.pattern;
		}

	}

}
