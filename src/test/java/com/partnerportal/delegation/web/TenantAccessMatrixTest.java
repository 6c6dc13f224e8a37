package com.partnerportal.delegation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.partnerportal.customer.Customers;
import com.partnerportal.delegation.DelegatedAdmins;
import com.partnerportal.invitation.Invitations;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.support.PortalIntegrationTest;
import com.partnerportal.support.TestData;
import com.partnerportal.support.TestTenants;
import com.partnerportal.support.TestTenants.Tenant;
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
 * another customer; nobody signed in.
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
	Customers customers;

	@Autowired
	Invitations invitations;

	@Autowired
	DelegatedAdmins delegatedAdmins;

	@Autowired
	TestTenants tenants;

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

		List<String> problems = new ArrayList<>();
		for (Endpoint endpoint : endpoints) {
			boolean support = endpoint.pattern().matches("/tenants/\\{customerId}/service-requests(/.*)?");
			expectAllowed(problems, endpoint, tenant.customerId(), tenant.admin(), "the tenant's own admin");
			expectAllowed(problems, endpoint, tenant.customerId(), adminAgent, "admin agent of the delegated admin");
			expect(problems, endpoint, tenant.customerId(), helpdesk, support, "helpdesk agent of the delegated admin");
			expectRefused(problems, endpoint, tenant.customerId(), this.sales, "sales agent of the delegated admin");
			expectRefused(problems, endpoint, tenant.customerId(), partnerAdmin,
					"partner admin of the delegated admin");
			expectRefused(problems, endpoint, tenant.customerId(), foreignAgent, "agent of another partner");
			expectRefused(problems, endpoint, tenant.customerId(), otherTenant.admin(), "admin of another customer");
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
		else if (!allowed && status != 403) {
			problems.add(endpoint + " let in " + who + " (" + status + ")");
		}
	}

	/**
	 * Calls the endpoint for the tenant; other path variables get ids that exist nowhere,
	 * so an allowed call ends in 404, 422, 302 or 200, and a refused one in 403.
	 */
	private int perform(Endpoint endpoint, UUID customerId, PortalUser user) throws Exception {
		Matcher matcher = VARIABLE.matcher(endpoint.pattern());
		StringBuilder path = new StringBuilder();
		while (matcher.find()) {
			String value = "customerId".equals(matcher.group(1)) ? customerId.toString() : UUID.randomUUID().toString();
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
