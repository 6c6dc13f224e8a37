package com.partnerportal.platform.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.BackOfficeRole;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.testing.PortalIntegrationTest;
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
 * Every back-office endpoint, read from the application's own request mappings (a new one
 * is in the matrix by itself), for each kind of visitor: a back-office admin gets past
 * authorization everywhere; a support agent reads everything and changes only the support
 * queue; partner users and customer admins are refused; nobody signed in is sent to sign
 * in. Path variables are unknown ids, so "let in" means anything but a refusal: a page, a
 * redirect, a validation answer or a 404 of the unknown record.
 */
@PortalIntegrationTest
class BackOfficeAuthorizationMatrixTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyBackOfficeEndpointLetsInOnlyWhomItShould() throws Exception {
		List<Endpoint> endpoints = backOfficeEndpoints();
		assertThat(endpoints).extracting(Endpoint::pattern).contains("/admin", "/admin/mail", "/admin/activity");

		PortalUser admin = backOffice(BackOfficeRole.BACK_OFFICE_ADMIN);
		PortalUser supportAgent = backOffice(BackOfficeRole.SUPPORT_AGENT);
		PortalUser partnerUser = new PortalUser(UUID.randomUUID(), AccountKind.PARTNER_USER, UUID.randomUUID(),
				"paula@partner.example", "Paula", Locale.ENGLISH, Set.of("PARTNER_USER", "PARTNER_ADMIN"), null);
		PortalUser customerAdmin = new PortalUser(UUID.randomUUID(), AccountKind.CUSTOMER_ADMIN, UUID.randomUUID(),
				"alex@customer.example", "Alex", Locale.ENGLISH, Set.of("CUSTOMER_ADMIN"), null);

		List<String> problems = new ArrayList<>();
		for (Endpoint endpoint : endpoints) {
			boolean supportQueue = endpoint.pattern().startsWith("/admin/support");
			boolean reading = endpoint.method() == RequestMethod.GET;
			expect(problems, endpoint, admin, true, "back-office admin");
			expect(problems, endpoint, supportAgent, reading || supportQueue, "support agent");
			expect(problems, endpoint, partnerUser, false, "partner user");
			expect(problems, endpoint, customerAdmin, false, "customer admin");
			int anonymous = perform(endpoint, null);
			if (anonymous != 302) {
				problems.add(endpoint + " gave nobody signed in " + anonymous + " instead of the sign-in redirect");
			}
		}
		assertThat(problems).isEmpty();
	}

	private void expect(List<String> problems, Endpoint endpoint, PortalUser visitor, boolean allowed, String who)
			throws Exception {
		int status = perform(endpoint, visitor);
		if (allowed && status == 403) {
			problems.add(endpoint + " refused the " + who + " (" + status + ")");
		}
		if (!allowed && status != 403) {
			problems.add(endpoint + " let the " + who + " in (" + status + ")");
		}
	}

	private int perform(Endpoint endpoint, PortalUser visitor) throws Exception {
		String path = endpoint.pattern().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
		MockHttpServletRequestBuilder request = request(endpoint.method().asHttpMethod(), path).with(csrf());
		if (visitor != null) {
			request.with(user(visitor));
		}
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

	private static PortalUser backOffice(BackOfficeRole role) {
		return new PortalUser(UUID.randomUUID(), AccountKind.BACK_OFFICE_ADMIN, null,
				role.name().toLowerCase(Locale.ROOT) + "@operator.example", "Olga Operator", Locale.ENGLISH,
				Set.of(role.name()), null);
	}

	/**
	 * Every handler method under /admin, with each of its HTTP methods (GET when it
	 * declares none).
	 */
	private List<Endpoint> backOfficeEndpoints() {
		List<Endpoint> endpoints = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, ?> entry : this.mappings.getHandlerMethods().entrySet()) {
			Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
			for (String pattern : entry.getKey().getPatternValues()) {
				if (!pattern.equals("/admin") && !pattern.startsWith("/admin/")) {
					continue;
				}
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					endpoints.add(new Endpoint(method, pattern));
				}
			}
		}
		return endpoints;
	}

	record Endpoint(RequestMethod method, String pattern) {

		@Override
		public String toString() {
			return this.method + " " + this.pattern;
		}

	}

}
