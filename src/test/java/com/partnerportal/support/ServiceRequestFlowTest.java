package com.partnerportal.support;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.customer.CustomerAccounts;
import com.partnerportal.customer.Subscriptions;
import com.partnerportal.delegation.DelegatedAdmins;
import com.partnerportal.invitation.InvitationAcceptance;
import com.partnerportal.invitation.Invitations;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.ConflictException;
import com.partnerportal.platform.ForbiddenException;
import com.partnerportal.platform.NotFoundException;
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
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Service requests on real PostgreSQL and SMTP: opened by the customer or by its partner,
 * the conversation, the mails to the other side, ownership, and the activity log.
 */
@PortalIntegrationTest
class ServiceRequestFlowTest {

	@Autowired
	ServiceRequests serviceRequests;

	@Autowired
	DelegatedAdmins delegatedAdmins;

	@Autowired
	InvitationAcceptance acceptance;

	@Autowired
	Invitations invitations;

	@Autowired
	Subscriptions customerSubscriptions;

	@Autowired
	CustomerAccounts customerAccounts;

	@Autowired
	Partners partners;

	@Autowired
	TestData testData;

	@Autowired
	JdbcTemplate jdbc;

	Tenant tenant;

	UUID helpdeskPartnerId;

	String helpdeskPartnerName;

	PortalUser helpdesk;

	final PortalUser support = new PortalUser(UUID.randomUUID(), AccountKind.BACK_OFFICE_ADMIN, null,
			"support@operator.example", "Sam Support", Locale.ENGLISH, Set.of("BACK_OFFICE_ADMIN"), null);

	@BeforeEach
	void setUp() {
		this.tenant = new TestTenants(this.testData, this.partners, this.invitations, this.acceptance,
				this.customerAccounts, this.customerSubscriptions)
			.acceptedTrial();
		// a partner whose only user is a helpdesk agent (no sellers to mail about the
		// delegated admin itself)
		this.helpdeskPartnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		this.helpdeskPartnerName = this.partners.partner(this.helpdeskPartnerId).name();
		this.helpdesk = this.testData.principal(this.partners,
				this.testData.user(this.helpdeskPartnerId, PartnerRole.HELPDESK_AGENT));
	}

	@Test
	void theCustomerOpensARequestWithoutAnyPartnerAndIsNotMailedAboutItsOwnRequest() {
		ServiceRequestView opened = this.serviceRequests.open(this.tenant.admin(), this.tenant.customerId(),
				details("Cannot sign in"));

		assertThat(opened.state()).isEqualTo(ServiceRequestState.OPEN);
		assertThat(opened.number()).isGreaterThanOrEqualTo(1001);
		assertThat(opened.reference()).isEqualTo("SR-" + opened.number());
		assertThat(opened.openedByKind()).isEqualTo(AuthorKind.CUSTOMER_ADMIN);
		assertThat(opened.partnerId()).isNull();
		assertThat(mailsQueued(this.tenant.contactEmail(), "service-request-opened")).isZero();

		ServiceRequestDetail detail = this.serviceRequests.get(this.tenant.customerId(), opened.id());
		assertThat(detail.request().title()).isEqualTo("Cannot sign in");
		assertThat(detail.replies()).isEmpty();
	}

	@Test
	void numbersAreUniqueAndIncreasing() {
		ServiceRequestView first = this.serviceRequests.open(this.tenant.admin(), this.tenant.customerId(),
				details("First"));
		ServiceRequestView second = this.serviceRequests.open(this.tenant.admin(), this.tenant.customerId(),
				details("Second"));

		assertThat(second.number()).isGreaterThan(first.number());
	}

	@Test
	void aPartnerOpensOnTheCustomersBehalfAndTheCustomerIsMailed() throws Exception {
		approveHelpdeskPartner();

		ServiceRequestView opened = this.serviceRequests.open(this.helpdesk, this.tenant.customerId(),
				details("Mailbox migration stuck"));

		assertThat(opened.openedByKind()).isEqualTo(AuthorKind.PARTNER_USER);
		assertThat(opened.partnerId()).isEqualTo(this.helpdeskPartnerId);
		assertThat(opened.partnerName()).isEqualTo(this.helpdeskPartnerName);
		MimeMessage mail = TestMailServer.awaitMail(this.tenant.contactEmail(), opened.reference());
		assertThat(mail.getSubject()).contains("Mailbox migration stuck");
		assertThat(text(mail)).contains(this.helpdeskPartnerName, "Mailbox migration stuck",
				"/tenants/" + this.tenant.customerId() + "/service-requests/" + opened.id());
		assertThat(mailsQueued(this.helpdesk.getUsername(), "service-request-opened")).isZero();
	}

	@Test
	void theConversationMovesTheRequestAndMailsTheOtherSide() {
		approveHelpdeskPartner();
		ServiceRequestView opened = this.serviceRequests.open(this.helpdesk, this.tenant.customerId(),
				details("Meetings drop after 5 minutes"));
		UUID id = opened.id();

		this.serviceRequests.answer(this.support, id, "Which client version?",
				ServiceRequestState.WAITING_FOR_CUSTOMER);
		assertThat(state(id)).isEqualTo(ServiceRequestState.WAITING_FOR_CUSTOMER);
		TestMailServer.awaitMail(this.helpdesk.getUsername(), "New reply in service request " + opened.reference());
		assertThat(mailsQueued(this.tenant.contactEmail(), "service-request-replied")).isEqualTo(1);

		this.serviceRequests.reply(this.tenant.admin(), this.tenant.customerId(), id, "Version 2.1");
		assertThat(state(id)).isEqualTo(ServiceRequestState.IN_PROGRESS);
		// the customer wrote: only the partner user who opened it is mailed
		assertThat(mailsQueued(this.tenant.contactEmail(), "service-request-replied")).isEqualTo(1);
		assertThat(mailsQueued(this.helpdesk.getUsername(), "service-request-replied")).isEqualTo(2);

		this.serviceRequests.answer(this.support, id, "Fixed in 2.2", ServiceRequestState.RESOLVED);
		assertThat(state(id)).isEqualTo(ServiceRequestState.RESOLVED);

		this.serviceRequests.reply(this.helpdesk, this.tenant.customerId(), id, "Still happens with 2.2");
		assertThat(state(id)).isEqualTo(ServiceRequestState.OPEN);
		// the partner user wrote: only the customer is mailed
		assertThat(mailsQueued(this.tenant.contactEmail(), "service-request-replied")).isEqualTo(3);
		assertThat(mailsQueued(this.helpdesk.getUsername(), "service-request-replied")).isEqualTo(3);

		ServiceRequestDetail detail = this.serviceRequests.get(this.tenant.customerId(), id);
		assertThat(detail.replies()).extracting(ServiceRequestReplyView::body)
			.containsExactly("Which client version?", "Version 2.1", "Fixed in 2.2", "Still happens with 2.2");
		assertThat(detail.replies()).extracting(ServiceRequestReplyView::authorKind)
			.containsExactly(AuthorKind.BACK_OFFICE_ADMIN, AuthorKind.CUSTOMER_ADMIN, AuthorKind.BACK_OFFICE_ADMIN,
					AuthorKind.PARTNER_USER);
		assertThat(detail.replies().get(3).partnerName()).isEqualTo(this.helpdeskPartnerName);
		assertThat(detail.replies().get(0).partnerName()).isNull();

		this.serviceRequests.close(this.tenant.admin(), this.tenant.customerId(), id);
		assertThat(state(id)).isEqualTo(ServiceRequestState.CLOSED);
		assertThatThrownBy(
				() -> this.serviceRequests.reply(this.helpdesk, this.tenant.customerId(), id, "One more thing"))
			.isInstanceOfSatisfying(ConflictException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("serviceRequest.error.closed"));
		assertThatThrownBy(() -> this.serviceRequests.answer(this.support, id, "Late", ServiceRequestState.RESOLVED))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> this.serviceRequests.close(this.helpdesk, this.tenant.customerId(), id))
			.isInstanceOfSatisfying(ConflictException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("serviceRequest.error.alreadyClosed"));
		assertThat(replyCount(id)).isEqualTo(4);
	}

	@Test
	void theCustomerIsMailedInItsOwnLanguageWhenTheSupportTeamAnswers() {
		ServiceRequestView opened = this.serviceRequests.open(this.tenant.admin(), this.tenant.customerId(),
				details("Invoice is wrong"));

		this.serviceRequests.answer(this.support, opened.id(), "We corrected it", ServiceRequestState.RESOLVED);

		MimeMessage mail = TestMailServer.awaitMail(this.tenant.contactEmail(), opened.reference());
		assertThat(text(mail)).contains("The support team", "Resolved");
	}

	@Test
	void anotherCustomersRequestIsNotFound() {
		Tenant other = new TestTenants(this.testData, this.partners, this.invitations, this.acceptance,
				this.customerAccounts, this.customerSubscriptions)
			.acceptedTrial();
		UUID foreign = this.serviceRequests
			.open(other.admin(), other.customerId(), details("Secret trouble of another tenant"))
			.id();

		assertThatThrownBy(() -> this.serviceRequests.get(this.tenant.customerId(), foreign))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(
				() -> this.serviceRequests.reply(this.tenant.admin(), this.tenant.customerId(), foreign, "Hi"))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.serviceRequests.close(this.tenant.admin(), this.tenant.customerId(), foreign))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.serviceRequests.list(this.tenant.customerId(), null, PageRequest.of(0, 20)))
			.noneMatch((request) -> request.id().equals(foreign));
		// naming the other tenant is refused outright
		assertThatThrownBy(() -> this.serviceRequests.reply(this.tenant.admin(), other.customerId(), foreign, "Hi"))
			.isInstanceOf(ForbiddenException.class);
		assertThat(state(foreign)).isEqualTo(ServiceRequestState.OPEN);
		assertThat(replyCount(foreign)).isZero();
	}

	@Test
	void aPartnerActsOnlyWhileItHoldsTheDelegatedAdmin() {
		assertThatThrownBy(() -> this.serviceRequests.open(this.helpdesk, this.tenant.customerId(), details("No")))
			.isInstanceOf(ForbiddenException.class);

		approveHelpdeskPartner();
		ServiceRequestView opened = this.serviceRequests.open(this.helpdesk, this.tenant.customerId(), details("Yes"));
		this.delegatedAdmins.remove(this.tenant.customerId(), this.tenant.name(), Actor.of(this.tenant.admin()));

		assertThatThrownBy(
				() -> this.serviceRequests.reply(this.helpdesk, this.tenant.customerId(), opened.id(), "Still there?"))
			.isInstanceOf(ForbiddenException.class);
		// the removed partner hears nothing more about the customer's request
		this.serviceRequests.answer(this.support, opened.id(), "Done", ServiceRequestState.RESOLVED);
		assertThat(mailsQueued(this.helpdesk.getUsername(), "service-request-replied")).isZero();
		assertThat(mailsQueued(this.tenant.contactEmail(), "service-request-replied")).isEqualTo(1);
	}

	@Test
	void onlyTheSupportTeamAnswers() {
		ServiceRequestView opened = this.serviceRequests.open(this.tenant.admin(), this.tenant.customerId(),
				details("Question"));

		assertThatThrownBy(
				() -> this.serviceRequests.answer(this.tenant.admin(), opened.id(), "Me", ServiceRequestState.RESOLVED))
			.isInstanceOf(ForbiddenException.class);
		assertThat(state(opened.id())).isEqualTo(ServiceRequestState.OPEN);
	}

	@Test
	void theListIsFilteredByStateAndNewestChangeFirst() {
		ServiceRequestView older = this.serviceRequests.open(this.tenant.admin(), this.tenant.customerId(),
				details("Older"));
		ServiceRequestView newer = this.serviceRequests.open(this.tenant.admin(), this.tenant.customerId(),
				details("Newer"));
		ServiceRequestView closed = this.serviceRequests.open(this.tenant.admin(), this.tenant.customerId(),
				details("Closed one"));
		this.serviceRequests.close(this.tenant.admin(), this.tenant.customerId(), closed.id());

		assertThat(this.serviceRequests.list(this.tenant.customerId(), null, PageRequest.of(0, 20)))
			.extracting(ServiceRequestView::id)
			.containsExactly(closed.id(), newer.id(), older.id());
		assertThat(this.serviceRequests.list(this.tenant.customerId(), ServiceRequestState.OPEN, PageRequest.of(0, 20)))
			.extracting(ServiceRequestView::id)
			.containsExactly(newer.id(), older.id());
		assertThat(
				this.serviceRequests.list(this.tenant.customerId(), ServiceRequestState.CLOSED, PageRequest.of(0, 20)))
			.extracting(ServiceRequestView::id)
			.containsExactly(closed.id());
		assertThat(this.serviceRequests.list(this.tenant.customerId(), null, PageRequest.of(0, 2)).getTotalPages())
			.isEqualTo(2);
	}

	@Test
	void everyChangeIsInTheActivityLog() {
		approveHelpdeskPartner();
		ServiceRequestView opened = this.serviceRequests.open(this.helpdesk, this.tenant.customerId(),
				details("Audited request"));
		this.serviceRequests.reply(this.tenant.admin(), this.tenant.customerId(), opened.id(), "Thanks");
		this.serviceRequests.close(this.helpdesk, this.tenant.customerId(), opened.id());

		await().untilAsserted(() -> assertThat(auditRows(opened.id())).hasSize(3));
		List<Map<String, Object>> rows = auditRows(opened.id());
		assertThat(rows).extracting((row) -> row.get("action"))
			.containsExactly("SERVICE_REQUEST_OPENED", "SERVICE_REQUEST_REPLIED", "SERVICE_REQUEST_CLOSED");
		assertThat(rows).extracting((row) -> row.get("actor_kind"))
			.containsExactly("PARTNER_USER", "CUSTOMER_ADMIN", "PARTNER_USER");
		assertThat(rows).extracting((row) -> row.get("partner_id"))
			.containsExactly(this.helpdeskPartnerId, null, this.helpdeskPartnerId);
		assertThat(rows).allSatisfy((row) -> {
			assertThat(row.get("customer_id")).isEqualTo(this.tenant.customerId());
			assertThat(row.get("detail")).isEqualTo(opened.reference() + " Audited request");
		});
	}

	private void approveHelpdeskPartner() {
		this.delegatedAdmins.approve(this.tenant.customerId(), this.tenant.name(), this.helpdeskPartnerId, null,
				Actor.of(this.tenant.admin()));
	}

	private static NewServiceRequest details(String title) {
		return new NewServiceRequest(title, "What happens: " + title, ServiceRequestCategory.TECHNICAL,
				ServiceRequestSeverity.NORMAL);
	}

	/** The mail as the recipient reads it (quoted-printable soft breaks undone). */
	private static String text(MimeMessage mail) {
		return TestMailServer.body(mail).replace("=\r\n", "").replace("=3D", "=");
	}

	private ServiceRequestState state(UUID id) {
		return ServiceRequestState
			.valueOf(this.jdbc.queryForObject("select state from service_request where id = ?", String.class, id));
	}

	private int replyCount(UUID id) {
		return this.jdbc.queryForObject("select count(*) from service_request_reply where request_id = ?",
				Integer.class, id);
	}

	/** Mails in the mail log (the outbox): written with the change, so no waiting. */
	private int mailsQueued(String recipient, String name) {
		return this.jdbc.queryForObject("select count(*) from mail_message where recipient = ? and template = ?",
				Integer.class, recipient, name);
	}

	private List<Map<String, Object>> auditRows(UUID subjectId) {
		return this.jdbc.queryForList(
				"select action, actor_kind, partner_id, customer_id, detail from audit_entry where subject_id = ? order by occurred_at",
				subjectId);
	}

}
