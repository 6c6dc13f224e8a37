package com.partnerportal.customer;

import java.util.List;
import java.util.UUID;

import com.partnerportal.catalog.BillingTerm;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.Actor;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestMoney;
import com.partnerportal.testing.TestTenants;
import com.partnerportal.testing.TestTenants.Tenant;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The customer module's events and their effects: the activity log's entry (after commit)
 * and the mails (stored in the transaction of the change).
 */
@PortalIntegrationTest
@EnableScenarios
class CustomerEventsScenarioTest {

	@Autowired
	TestData testData;

	@Autowired
	TestTenants tenants;

	@Autowired
	Partners partners;

	@Autowired
	Subscriptions subscriptions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	private List<String> actionsAbout(UUID subjectId) {
		return this.jdbc.queryForList("select action from audit_entry where subject_id = ?", String.class, subjectId);
	}

	private int mailsTo(String recipient, String template) {
		return this.jdbc.queryForObject("select count(*) from mail_message where recipient = ? and template = ?",
				Integer.class, recipient, template);
	}

	@Test
	void aTenantWithATrialIsRecordedInTheActivityLog(Scenario scenario) {
		// the acceptance waits for its mail, sent after commit: it runs outside the
		// scenario's transaction
		Tenant tenant = this.tenants.acceptedTrial("BUSINESS_STANDARD");
		scenario.stimulate(tenant::customerId)
			.andWaitForStateChange(() -> this.jdbc.queryForList(
					"select action from audit_entry where action in ('CUSTOMER_TENANT_CREATED', 'SUBSCRIPTION_TRIAL_STARTED') "
							+ "and customer_id = ?",
					String.class, tenant.customerId()), (actions) -> actions.size() == 2)
			.andVerify((actions) -> assertThat(actions).containsExactlyInAnyOrder("CUSTOMER_TENANT_CREATED",
					"SUBSCRIPTION_TRIAL_STARTED"));
	}

	@Test
	void aPurchaseConvertsTheTrialThenChangesLicensesThenStartsANewSubscription(Scenario scenario) {
		Tenant tenant = this.tenants.acceptedTrial("BUSINESS_STANDARD");
		UUID trialId = tenant.subscription("BUSINESS_STANDARD").id();
		UUID partnerId = tenant.subscription("BUSINESS_STANDARD").soldByPartnerId();
		Actor actor = Actor.of(tenant.admin());
		PaidLine standard = new PaidLine("BUSINESS_STANDARD", 30, BillingTerm.MONTHLY, TestMoney.of("12.50", "USD"));

		scenario
			.stimulate(() -> this.subscriptions.applyPurchase(tenant.customerId(), partnerId, List.of(standard), actor))
			.andWaitForEventOfType(TrialConverted.class)
			.matching((event) -> event.subscriptionId().equals(trialId))
			.toArriveAndVerify((event) -> assertThat(event.licenseCount()).isEqualTo(30));
		scenario
			.stimulate(() -> this.subscriptions.applyPurchase(tenant.customerId(), partnerId,
					List.of(new PaidLine("BUSINESS_STANDARD", 35, BillingTerm.MONTHLY, TestMoney.of("12.50", "USD"))),
					actor))
			.andWaitForEventOfType(LicensesChanged.class)
			.matching((event) -> event.subscriptionId().equals(trialId))
			.toArriveAndVerify((event) -> assertThat(event.licenseCount()).isEqualTo(35));
		scenario
			.stimulate(() -> this.subscriptions.applyPurchase(tenant.customerId(), partnerId,
					List.of(new PaidLine("MAIL_PLAN_1", 4, BillingTerm.ANNUAL, TestMoney.of("40.00", "USD"))), actor))
			.andWaitForEventOfType(SubscriptionPurchased.class)
			.matching((event) -> event.customerId().equals(tenant.customerId()))
			.toArriveAndVerify((event) -> assertThat(event.subscriptionId()).isNotEqualTo(trialId));

		scenario.stimulate(() -> trialId)
			.andWaitForStateChange(() -> actionsAbout(trialId), (actions) -> actions.size() == 3)
			.andVerify((actions) -> assertThat(actions).containsExactlyInAnyOrder("SUBSCRIPTION_TRIAL_STARTED",
					"SUBSCRIPTION_CONVERTED_TO_PAID", "SUBSCRIPTION_LICENSES_CHANGED"));
	}

	@Test
	void designatingAPartnerOfRecordMailsItsSellersAndIsRecorded(Scenario scenario) {
		Tenant tenant = this.tenants.acceptedTrial("BUSINESS_STANDARD");
		UUID subscriptionId = tenant.subscription("BUSINESS_STANDARD").id();
		UUID other = this.testData.signedPartner(TestData.ALL_SERVICES);
		String seller = this.testData.user(other, PartnerRole.SALES_AGENT);

		scenario
			.stimulate(() -> this.subscriptions.designatePartnerOfRecord(tenant.customerId(), subscriptionId,
					other.toString(), Actor.of(tenant.admin())))
			.andWaitForEventOfType(PartnerOfRecordDesignated.class)
			.matching((event) -> event.subscriptionId().equals(subscriptionId))
			.toArriveAndVerify((event) -> {
				assertThat(event.partnerId()).isEqualTo(other);
				assertThat(mailsTo(seller, "partner-of-record-designated")).isOne();
			});
		scenario.stimulate(() -> subscriptionId)
			.andWaitForStateChange(() -> actionsAbout(subscriptionId),
					(actions) -> actions.contains("SUBSCRIPTION_PARTNER_OF_RECORD_DESIGNATED"))
			.andVerify((actions) -> assertThat(actions).contains("SUBSCRIPTION_PARTNER_OF_RECORD_DESIGNATED"));
	}

	@Test
	void aDesignationRolledBackLeavesNoMail() {
		Tenant tenant = this.tenants.acceptedTrial("BUSINESS_STANDARD");
		UUID subscriptionId = tenant.subscription("BUSINESS_STANDARD").id();
		UUID other = this.testData.signedPartner(TestData.ALL_SERVICES);
		String seller = this.testData.user(other, PartnerRole.SALES_AGENT);

		this.transactions.executeWithoutResult((status) -> {
			this.subscriptions.designatePartnerOfRecord(tenant.customerId(), subscriptionId, other.toString(),
					Actor.of(tenant.admin()));
			status.setRollbackOnly();
		});

		assertThat(mailsTo(seller, "partner-of-record-designated")).isZero();
		assertThat(this.subscriptions.subscriptions(tenant.customerId()).get(0).partnerOfRecordId()).isNull();
	}

}
