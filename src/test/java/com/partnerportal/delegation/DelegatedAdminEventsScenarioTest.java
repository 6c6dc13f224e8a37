package com.partnerportal.delegation;

import java.time.Duration;
import java.util.UUID;

import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestTenants;
import com.partnerportal.testing.TestTenants.Tenant;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 8, item 3: a delegated-admin relationship raises past-tense events when it starts
 * and ends; the partner's sellers are mailed in the transaction of the change, and the
 * activity log records each after commit.
 */
@PortalIntegrationTest
@EnableScenarios
class DelegatedAdminEventsScenarioTest {

	@Autowired
	DelegatedAdmins delegatedAdmins;

	@Autowired
	Partners partners;

	@Autowired
	TestData testData;

	@Autowired
	TestTenants tenants;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void approvingRaisesDelegatedAdminApprovedAndMailsTheSellers(Scenario scenario) {
		Seller first = seller();
		Tenant tenant = this.tenants.acceptedTrial(first.user(), false);
		Actor customer = Actor.of(tenant.admin());

		scenario
			.stimulate(() -> this.delegatedAdmins.approve(tenant.customerId(), tenant.name(), first.partnerId(), null,
					customer))
			.andWaitForEventOfType(DelegatedAdminApproved.class)
			.matchingMappedValue(DelegatedAdminApproved::customerId, tenant.customerId())
			.toArriveAndVerify((event, view) -> {
				assertThat(event.relationshipId()).isEqualTo(view.id());
				assertThat(event.partnerId()).isEqualTo(first.partnerId());
				assertThat(event.customerName()).isEqualTo(tenant.name());
				assertThat(event.actor()).isEqualTo(customer);
				assertThat(mailsTo(first.email(), "delegated-admin-approved")).isOne();
				awaitActivity(view.id(), "DELEGATED_ADMIN_APPROVED");
			});
	}

	@Test
	void approvingAnotherPartnerRaisesDelegatedAdminReplacedForThePrevious(Scenario scenario) {
		Seller first = seller();
		Seller second = seller();
		Tenant tenant = this.tenants.acceptedTrial(first.user(), true);
		UUID previous = this.delegatedAdmins.current(tenant.customerId()).orElseThrow().id();
		Actor customer = Actor.of(tenant.admin());

		scenario
			.stimulate(() -> this.delegatedAdmins.approve(tenant.customerId(), tenant.name(), second.partnerId(), null,
					customer))
			.andWaitForEventOfType(DelegatedAdminReplaced.class)
			.matchingMappedValue(DelegatedAdminReplaced::relationshipId, previous)
			.toArriveAndVerify((event) -> {
				assertThat(event.partnerId()).isEqualTo(first.partnerId());
				assertThat(mailsTo(first.email(), "delegated-admin-replaced")).isOne();
				assertThat(mailsTo(second.email(), "delegated-admin-approved")).isOne();
				awaitActivity(previous, "DELEGATED_ADMIN_REPLACED");
			});
	}

	@Test
	void removingRaisesDelegatedAdminRemovedAndMailsTheSellers(Scenario scenario) {
		Seller first = seller();
		Tenant tenant = this.tenants.acceptedTrial(first.user(), true);
		UUID relationship = this.delegatedAdmins.current(tenant.customerId()).orElseThrow().id();
		Actor customer = Actor.of(tenant.admin());

		scenario.stimulate(() -> this.delegatedAdmins.remove(tenant.customerId(), tenant.name(), customer))
			.andWaitForEventOfType(DelegatedAdminRemoved.class)
			.matchingMappedValue(DelegatedAdminRemoved::relationshipId, relationship)
			.toArriveAndVerify((event) -> {
				assertThat(event.actor()).isEqualTo(customer);
				assertThat(mailsTo(first.email(), "delegated-admin-removed")).isOne();
				awaitActivity(relationship, "DELEGATED_ADMIN_REMOVED");
			});
	}

	private Seller seller() {
		UUID partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		String email = this.testData.user(partnerId, PartnerRole.SALES_AGENT);
		return new Seller(partnerId, email, this.testData.principal(this.partners, email));
	}

	private int mailsTo(String recipient, String template) {
		return this.jdbc.queryForObject("select count(*) from mail_message where recipient = ? and template = ?",
				Integer.class, recipient, template);
	}

	private void awaitActivity(UUID subjectId, String action) {
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(
					this.jdbc.queryForObject("select count(*) from audit_entry where subject_id = ? and action = ?",
							Integer.class, subjectId, action))
				.isOne());
	}

	private record Seller(UUID partnerId, String email, PortalUser user) {
	}

}
