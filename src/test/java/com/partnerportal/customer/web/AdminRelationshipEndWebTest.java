package com.partnerportal.customer.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.partnerportal.delegation.DelegatedAdminView;
import com.partnerportal.delegation.DelegatedAdmins;
import com.partnerportal.delegation.OperatorEndReason;
import com.partnerportal.delegation.RelationshipAlreadyEndedException;
import com.partnerportal.delegation.TenantAccess;
import com.partnerportal.delegation.TenantAction;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.BackOfficeRole;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestMailServer;
import com.partnerportal.testing.TestTenants;
import com.partnerportal.testing.TestTenants.Tenant;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The operator ends a customer's delegated-admin relationship from the back office: a
 * reason code (and a note for OTHER), a confirmation, a POST; the partner's access stops
 * on its next request, both sides are mailed, the activity log records it; a second POST
 * and two operators at once end it once.
 */
@PortalIntegrationTest
class AdminRelationshipEndWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	TestTenants tenants;

	@Autowired
	Partners partners;

	@Autowired
	DelegatedAdmins delegatedAdmins;

	@Autowired
	TenantAccess tenantAccess;

	@Autowired
	JdbcTemplate jdbc;

	PortalUser admin = backOffice(BackOfficeRole.BACK_OFFICE_ADMIN);

	PortalUser supportAgent = backOffice(BackOfficeRole.SUPPORT_AGENT);

	String sellerEmail;

	PortalUser seller;

	PortalUser adminAgent;

	Tenant tenant;

	DelegatedAdminView relationship;

	@BeforeEach
	void customerWithDelegatedAdmin() {
		UUID partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		this.sellerEmail = this.testData.user(partnerId, PartnerRole.PARTNER_ADMIN, PartnerRole.SALES_AGENT);
		this.seller = this.testData.principal(this.partners, this.sellerEmail);
		this.adminAgent = this.testData.principal(this.partners,
				this.testData.user(partnerId, PartnerRole.ADMIN_AGENT));
		this.tenant = this.tenants.acceptedTrial(this.seller, true);
		this.relationship = this.delegatedAdmins.current(this.tenant.customerId()).orElseThrow();
	}

	@Test
	void operatorEndsTheRelationshipWithAReasonAndBothSidesAreMailed() throws Exception {
		assertThat(this.tenantAccess.may(this.adminAgent, this.tenant.customerId(), TenantAction.USERS, true)).isTrue();

		this.mvc.perform(get(endPath()).with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"reason\"")));

		this.mvc
			.perform(post(endPath()).with(user(this.admin))
				.with(csrf())
				.param("reason", "SECURITY_CONCERN")
				.param("note", "Credentials leaked")
				.param("confirmed", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/customers/" + this.tenant.customerId()));

		DelegatedAdminView ended = this.delegatedAdmins.relationshipOf(this.tenant.customerId(), this.relationship.id())
			.orElseThrow();
		assertThat(ended.isActive()).isFalse();
		assertThat(ended.operatorReason()).isEqualTo(OperatorEndReason.SECURITY_CONCERN);
		assertThat(ended.endNote()).isEqualTo("Credentials leaked");
		assertThat(ended.endedByName()).isEqualTo("back_office_admin@operator.example");
		assertThat(this.tenantAccess.may(this.adminAgent, this.tenant.customerId(), TenantAction.USERS, true))
			.isFalse();

		MimeMessage partnerMail = TestMailServer.awaitMail(this.sellerEmail, "has ended");
		assertThat(partnerMail.getSubject()).isEqualTo("Your delegated admin of " + this.tenant.name() + " has ended");
		assertThat(TestMailServer.body(partnerMail)).contains("Reason: Security concern");
		MimeMessage customerMail = TestMailServer.awaitMail(this.tenant.contactEmail(),
				"is no longer your delegated admin");
		assertThat(customerMail.getSubject()).endsWith("is no longer your delegated admin");
		assertThat(TestMailServer.body(customerMail)).contains("Reason: Security concern");

		await().atMost(10, TimeUnit.SECONDS)
			.untilAsserted(() -> assertThat(this.jdbc.queryForList(
					"select detail from audit_entry where subject_id = ? and action = 'DELEGATED_ADMIN_ENDED_BY_OPERATOR'",
					String.class, this.relationship.id()))
				.singleElement()
				.asString()
				.contains("SECURITY_CONCERN")
				.contains("Credentials leaked"));
		String page = this.mvc.perform(get("/admin/customers/{id}", this.tenant.customerId()).with(user(this.admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Ended by the operator: Security concern")
			.contains("Delegated admin ended by the operator");
	}

	@Test
	void aSecondPostForAnEndedRelationshipIsAFriendlyConflict() throws Exception {
		this.mvc
			.perform(post(endPath()).with(user(this.admin))
				.with(csrf())
				.param("reason", "CONTRACT_ENDED")
				.param("confirmed", "true"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post(endPath()).with(user(this.admin))
				.with(csrf())
				.header("Accept-Language", "en")
				.param("reason", "CONTRACT_ENDED")
				.param("confirmed", "true"))
			.andExpect(status().isConflict())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("has already ended")));
		this.mvc.perform(get(endPath()).with(user(this.admin))).andExpect(status().isConflict());
		assertThat(this.jdbc.queryForObject("select count(*) from delegated_admin where id = ? and state = 'ENDED'",
				Integer.class, this.relationship.id()))
			.isOne();
	}

	@Test
	void badInputIsRefusedAtItsFieldAndChangesNothing() throws Exception {
		String missingAll = this.mvc.perform(post(endPath()).with(user(this.admin)).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(missingAll).contains("Choose a reason.")
			.contains("Confirm that the partner loses access now.")
			.contains("aria-describedby=\"confirmed-error\"");
		this.mvc
			.perform(post(endPath()).with(user(this.admin))
				.with(csrf())
				.param("reason", "OTHER")
				.param("note", "  ")
				.param("confirmed", "true"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Explain the other reason in a note.")));
		this.mvc
			.perform(post(endPath()).with(user(this.admin))
				.with(csrf())
				.param("reason", "FORGED_REASON")
				.param("note", "x".repeat(501))
				.param("confirmed", "true"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Enter at most 500 characters.")));
		this.mvc
			.perform(post("/admin/customers/{c}/relationships/{r}/end", UUID.randomUUID(), this.relationship.id())
				.with(user(this.admin))
				.with(csrf())
				.param("reason", "OTHER")
				.param("note", "wrong customer")
				.param("confirmed", "true"))
			.andExpect(status().isNotFound());
		assertThat(this.delegatedAdmins.current(this.tenant.customerId())).isPresent();
	}

	@Test
	void onlyABackOfficeAdminMayEndARelationship() throws Exception {
		this.mvc
			.perform(post(endPath()).with(user(this.supportAgent))
				.with(csrf())
				.param("reason", "CUSTOMER_REQUEST")
				.param("confirmed", "true"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(endPath()).with(user(this.seller))
				.with(csrf())
				.param("reason", "CUSTOMER_REQUEST")
				.param("confirmed", "true"))
			.andExpect(status().isForbidden());
		this.mvc.perform(
				post(endPath()).with(user(this.admin)).param("reason", "CUSTOMER_REQUEST").param("confirmed", "true"))
			.andExpect(status().isForbidden());
		assertThat(this.delegatedAdmins.current(this.tenant.customerId())).isPresent();
	}

	@Test
	void twoOperatorsEndingAtOnceEndItOnce() throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<String>> outcomes = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			outcomes.add(pool.submit(() -> {
				start.await();
				try {
					this.delegatedAdmins.endByOperator(this.tenant.customerId(), this.tenant.name(),
							this.relationship.id(), OperatorEndReason.PARTNER_REQUEST, null, Actor.of(this.admin));
					return "ended";
				}
				catch (RelationshipAlreadyEndedException ex) {
					return "already ended";
				}
			}));
		}
		start.countDown();
		List<String> results = new ArrayList<>();
		for (Future<String> outcome : outcomes) {
			results.add(outcome.get(30, TimeUnit.SECONDS));
		}
		pool.shutdown();
		assertThat(results).containsExactlyInAnyOrder("ended", "already ended");
		await().atMost(10, TimeUnit.SECONDS)
			.untilAsserted(() -> assertThat(this.jdbc.queryForObject(
					"select count(*) from audit_entry where subject_id = ? and action = 'DELEGATED_ADMIN_ENDED_BY_OPERATOR'",
					Integer.class, this.relationship.id()))
				.isOne());
	}

	private String endPath() {
		return "/admin/customers/" + this.tenant.customerId() + "/relationships/" + this.relationship.id() + "/end";
	}

	private static PortalUser backOffice(BackOfficeRole role) {
		return new PortalUser(UUID.randomUUID(), AccountKind.BACK_OFFICE_ADMIN, null,
				role.name().toLowerCase(Locale.ROOT) + "@operator.example", "Olga Operator", Locale.ENGLISH,
				Set.of(role.name()), null);
	}

}
