package com.partnerportal.support;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.delegation.DelegatedAdmins;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestTenants;
import com.partnerportal.testing.TestTenants.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 8, item 3: a service request raises a past-tense event for each change; the mails
 * to the other side are stored in the transaction of the change, and the activity log
 * records each event after commit, under the action it has always had.
 */
@PortalIntegrationTest
@EnableScenarios
class ServiceRequestEventsScenarioTest {

	@Autowired
	ServiceRequests serviceRequests;

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

	final PortalUser support = new PortalUser(UUID.randomUUID(), AccountKind.BACK_OFFICE_ADMIN, null,
			"support@operator.example", "Sam Support", Locale.ENGLISH, Set.of("BACK_OFFICE_ADMIN"), null);

	Tenant tenant;

	UUID helpdeskPartnerId;

	PortalUser helpdesk;

	@BeforeEach
	void setUp() {
		this.tenant = this.tenants.acceptedTrial();
		this.helpdeskPartnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		this.helpdesk = this.testData.principal(this.partners,
				this.testData.user(this.helpdeskPartnerId, PartnerRole.HELPDESK_AGENT));
		this.delegatedAdmins.approve(this.tenant.customerId(), this.tenant.name(), this.helpdeskPartnerId, null,
				Actor.of(this.tenant.admin()));
	}

	@Test
	void openingOnTheCustomersBehalfRaisesServiceRequestOpenedAndMailsTheCustomer(Scenario scenario) {
		scenario
			.stimulate(() -> this.serviceRequests.open(this.helpdesk, this.tenant.customerId(),
					details("Mail does not arrive")))
			.andWaitForEventOfType(ServiceRequestOpened.class)
			.matchingMappedValue(ServiceRequestOpened::customerId, this.tenant.customerId())
			.toArriveAndVerify((event, view) -> {
				assertThat(event.requestId()).isEqualTo(view.id());
				assertThat(event.reference()).isEqualTo(view.reference());
				assertThat(event.partnerId()).isEqualTo(this.helpdeskPartnerId);
				assertThat(event.actor()).isEqualTo(Actor.of(this.helpdesk));
				assertThat(event.state()).isEqualTo(ServiceRequestState.OPEN);
				assertThat(mailsTo(this.tenant.contactEmail(), "service-request-opened")).isOne();
				assertThat(mailsTo(this.helpdesk.getUsername(), "service-request-opened")).isZero();
				awaitActivity(view.id(), "SERVICE_REQUEST_OPENED", 1);
			});
	}

	@Test
	void theCustomersReplyRaisesServiceRequestRepliedAndMailsThePartnerUserWhoOpenedIt(Scenario scenario) {
		ServiceRequestView opened = this.serviceRequests.open(this.helpdesk, this.tenant.customerId(),
				details("Calendar sync"));

		scenario
			.stimulate(() -> this.serviceRequests.reply(this.tenant.admin(), this.tenant.customerId(), opened.id(),
					"Since Monday"))
			.andWaitForEventOfType(ServiceRequestReplied.class)
			.matchingMappedValue(ServiceRequestReplied::requestId, opened.id())
			.toArriveAndVerify((event) -> {
				assertThat(event.actor()).isEqualTo(Actor.of(this.tenant.admin()));
				assertThat(event.partnerId()).isNull();
				assertThat(mailsTo(this.helpdesk.getUsername(), "service-request-replied")).isOne();
				assertThat(mailsTo(this.tenant.contactEmail(), "service-request-replied")).isZero();
				awaitActivity(opened.id(), "SERVICE_REQUEST_REPLIED", 1);
			});
	}

	@Test
	void theSupportTeamsAnswerRaisesServiceRequestAnsweredAndMailsBothSides(Scenario scenario) {
		ServiceRequestView opened = this.serviceRequests.open(this.helpdesk, this.tenant.customerId(),
				details("Licenses missing"));

		scenario
			.stimulate(() -> this.serviceRequests.answer(this.support, opened.id(), "Which users?",
					ServiceRequestState.WAITING_FOR_CUSTOMER))
			.andWaitForEventOfType(ServiceRequestAnswered.class)
			.matchingMappedValue(ServiceRequestAnswered::requestId, opened.id())
			.toArriveAndVerify((event) -> {
				assertThat(event.state()).isEqualTo(ServiceRequestState.WAITING_FOR_CUSTOMER);
				assertThat(event.authorName()).isEqualTo("Sam Support");
				assertThat(mailsTo(this.helpdesk.getUsername(), "service-request-replied")).isOne();
				assertThat(mailsTo(this.tenant.contactEmail(), "service-request-replied")).isOne();
				awaitActivity(opened.id(), "SERVICE_REQUEST_REPLIED", 1);
			});
	}

	@Test
	void closingRaisesServiceRequestClosedAndMailsNobody(Scenario scenario) {
		ServiceRequestView opened = this.serviceRequests.open(this.tenant.admin(), this.tenant.customerId(),
				details("Solved by itself"));

		scenario.stimulate(() -> this.serviceRequests.close(this.helpdesk, this.tenant.customerId(), opened.id()))
			.andWaitForEventOfType(ServiceRequestClosed.class)
			.matchingMappedValue(ServiceRequestClosed::requestId, opened.id())
			.toArriveAndVerify((event) -> {
				assertThat(event.state()).isEqualTo(ServiceRequestState.CLOSED);
				assertThat(event.partnerId()).isEqualTo(this.helpdeskPartnerId);
				assertThat(this.jdbc.queryForObject(
						"select count(*) from mail_message where template like 'service-request-%' and recipient in (?, ?)",
						Integer.class, this.tenant.contactEmail(), this.helpdesk.getUsername()))
					.isZero();
				awaitActivity(opened.id(), "SERVICE_REQUEST_CLOSED", 1);
			});
	}

	private static NewServiceRequest details(String title) {
		return new NewServiceRequest(title, "What happens", ServiceRequestCategory.TECHNICAL,
				ServiceRequestSeverity.NORMAL);
	}

	private int mailsTo(String recipient, String template) {
		return this.jdbc.queryForObject("select count(*) from mail_message where recipient = ? and template = ?",
				Integer.class, recipient, template);
	}

	private void awaitActivity(UUID subjectId, String action, int count) {
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(
					this.jdbc.queryForObject("select count(*) from audit_entry where subject_id = ? and action = ?",
							Integer.class, subjectId, action))
				.isEqualTo(count));
	}

}
