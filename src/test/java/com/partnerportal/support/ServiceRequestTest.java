package com.partnerportal.support;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.delegation.DelegatedRole;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.CloudInstance;
import com.partnerportal.platform.ConflictException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The service request guards its lifecycle.
 */
class ServiceRequestTest {

	static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

	static final UUID PARTNER_ID = UUID.randomUUID();

	final Author customerAdmin = new Author(AuthorKind.CUSTOMER_ADMIN, UUID.randomUUID(), "Ada Admin", null,
			"ada@adatum.example");

	final Author helpdesk = new Author(AuthorKind.PARTNER_USER, UUID.randomUUID(), "Hal Helpdesk", PARTNER_ID,
			"hal@contoso-partners.example", DelegatedRole.SERVICE_REQUESTS);

	final Author support = new Author(AuthorKind.BACK_OFFICE_ADMIN, UUID.randomUUID(), "Sam Support", null,
			"sam@operator.example");

	@Test
	void opensOpenWithTheOpenerAndItsPartner() {
		ServiceRequest request = open(this.helpdesk);

		ServiceRequestView view = request.toView("Partner Ltd");
		assertThat(view.state()).isEqualTo(ServiceRequestState.OPEN);
		assertThat(view.reference()).isEqualTo("SR-1042");
		assertThat(view.title()).isEqualTo("Mail does not arrive");
		assertThat(view.openedByKind()).isEqualTo(AuthorKind.PARTNER_USER);
		assertThat(view.partnerId()).isEqualTo(PARTNER_ID);
		assertThat(view.openedAt()).isEqualTo(NOW);
		assertThat(view.updatedAt()).isEqualTo(NOW);
	}

	@Test
	void theSupportTeamDoesNotOpenRequests() {
		assertThatThrownBy(() -> open(this.support)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aReplyFromTheCustomerSideKeepsAnOpenRequestOpen() {
		ServiceRequest request = open(this.customerAdmin);

		ServiceRequestReply reply = request.reply(this.helpdesk, "  More details  ", NOW.plusSeconds(60));

		assertThat(request.state()).isEqualTo(ServiceRequestState.OPEN);
		assertThat(reply.body()).isEqualTo("More details");
		assertThat(reply.partnerId()).isEqualTo(PARTNER_ID);
		assertThat(request.toView(null).updatedAt()).isEqualTo(NOW.plusSeconds(60));
	}

	@Test
	void theSupportTeamSaysWhereTheRequestStands() {
		ServiceRequest request = open(this.customerAdmin);

		request.answer(this.support, "Looking into it", ServiceRequestState.IN_PROGRESS, NOW);
		assertThat(request.state()).isEqualTo(ServiceRequestState.IN_PROGRESS);
		request.answer(this.support, "Which user?", ServiceRequestState.WAITING_FOR_CUSTOMER, NOW);
		assertThat(request.state()).isEqualTo(ServiceRequestState.WAITING_FOR_CUSTOMER);
	}

	@Test
	void theCustomersAnswerBringsAWaitingRequestBackToTheSupportTeam() {
		ServiceRequest request = open(this.customerAdmin);
		request.answer(this.support, "Which user?", ServiceRequestState.WAITING_FOR_CUSTOMER, NOW);

		request.reply(this.customerAdmin, "All of them", NOW);

		assertThat(request.state()).isEqualTo(ServiceRequestState.IN_PROGRESS);
	}

	@Test
	void aReplyFromTheCustomerSideReopensAResolvedRequest() {
		ServiceRequest request = open(this.customerAdmin);
		request.answer(this.support, "Fixed", ServiceRequestState.RESOLVED, NOW);

		request.reply(this.helpdesk, "It is back", NOW);

		assertThat(request.state()).isEqualTo(ServiceRequestState.OPEN);
	}

	@Test
	void theSupportTeamCannotOpenOrCloseThroughAnAnswer() {
		ServiceRequest request = open(this.customerAdmin);

		assertThatThrownBy(() -> request.answer(this.support, "x", ServiceRequestState.CLOSED, NOW))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> request.answer(this.support, "x", ServiceRequestState.OPEN, NOW))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> request.answer(this.customerAdmin, "x", ServiceRequestState.RESOLVED, NOW))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> request.reply(this.support, "x", NOW)).isInstanceOf(IllegalArgumentException.class);
		assertThat(request.state()).isEqualTo(ServiceRequestState.OPEN);
	}

	@Test
	void nobodyWritesInAClosedRequest() {
		ServiceRequest request = open(this.customerAdmin);
		request.close(this.customerAdmin, NOW);

		assertThat(request.state()).isEqualTo(ServiceRequestState.CLOSED);
		assertThatThrownBy(() -> request.reply(this.customerAdmin, "Hello?", NOW))
			.isInstanceOfSatisfying(ConflictException.class, (ex) -> {
				assertThat(ex.messageKey()).isEqualTo("serviceRequest.error.closed");
				assertThat(ex.arguments()).containsExactly("SR-1042");
			});
		assertThatThrownBy(() -> request.answer(this.support, "Hello?", ServiceRequestState.RESOLVED, NOW))
			.isInstanceOf(ConflictException.class);
		assertThat(request.state()).isEqualTo(ServiceRequestState.CLOSED);
	}

	@Test
	void aClosedRequestIsNotClosedTwice() {
		ServiceRequest request = open(this.customerAdmin);
		request.close(this.customerAdmin, NOW);

		assertThatThrownBy(() -> request.close(this.customerAdmin, NOW.plusSeconds(1))).isInstanceOfSatisfying(
				ConflictException.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("serviceRequest.error.alreadyClosed"));
		assertThat(request.toView(null).updatedAt()).isEqualTo(NOW);
	}

	@Test
	void anyStateButClosedMayBeClosed() {
		for (ServiceRequestState state : ServiceRequest.SUPPORT_REPLY_STATES) {
			ServiceRequest request = open(this.customerAdmin);
			request.answer(this.support, "Answer", state, NOW);
			request.close(this.customerAdmin, NOW);
			assertThat(request.state()).isEqualTo(ServiceRequestState.CLOSED);
		}
	}

	@Test
	void rejectsEmptyAndOversizedTexts() {
		assertThatThrownBy(
				() -> new NewServiceRequest(" ", "d", ServiceRequestCategory.OTHER, ServiceRequestSeverity.LOW))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new NewServiceRequest("t", "x".repeat(4001), ServiceRequestCategory.OTHER,
				ServiceRequestSeverity.LOW))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new NewServiceRequest("t", "d", null, ServiceRequestSeverity.LOW))
			.isInstanceOf(NullPointerException.class);
		ServiceRequest request = open(this.customerAdmin);
		assertThatThrownBy(() -> request.reply(this.customerAdmin, "", NOW))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(new NewServiceRequest(" Title ", "x".repeat(4000), ServiceRequestCategory.OTHER,
				ServiceRequestSeverity.LOW)
			.title()).isEqualTo("Title");
	}

	@Test
	void aRejectedReplyChangesNothing() {
		ServiceRequest request = open(this.customerAdmin);
		request.answer(this.support, "Fixed", ServiceRequestState.RESOLVED, NOW);

		assertThatThrownBy(() -> request.reply(this.customerAdmin, " ", NOW.plusSeconds(5)))
			.isInstanceOf(IllegalArgumentException.class);

		assertThat(request.state()).isEqualTo(ServiceRequestState.RESOLVED);
		assertThat(request.toView(null).updatedAt()).isEqualTo(NOW);
	}

	@Test
	void eachTransitionRaisesItsPastTenseEvent() {
		ServiceRequest request = open(this.helpdesk);
		UUID id = request.id();
		UUID customerId = request.customerId();
		assertThat(request.domainEvents()).containsExactly(new ServiceRequestOpened(id, customerId, PARTNER_ID,
				"SR-1042", "Mail does not arrive", ServiceRequestState.OPEN, "Hal Helpdesk",
				new Actor(Actor.Kind.PARTNER_USER, this.helpdesk.id(), "hal@contoso-partners.example"), NOW,
				DelegatedRole.SERVICE_REQUESTS));
		request.clearDomainEvents();

		request.answer(this.support, "Which user?", ServiceRequestState.WAITING_FOR_CUSTOMER, NOW.plusSeconds(1));
		assertThat(request.domainEvents()).containsExactly(new ServiceRequestAnswered(id, customerId, null, "SR-1042",
				"Mail does not arrive", ServiceRequestState.WAITING_FOR_CUSTOMER, "Sam Support",
				new Actor(Actor.Kind.BACK_OFFICE_ADMIN, this.support.id(), "sam@operator.example"),
				NOW.plusSeconds(1)));
		request.clearDomainEvents();

		request.reply(this.customerAdmin, "All of them", NOW.plusSeconds(2));
		assertThat(request.domainEvents()).containsExactly(new ServiceRequestReplied(id, customerId, null, "SR-1042",
				"Mail does not arrive", ServiceRequestState.IN_PROGRESS, "Ada Admin",
				new Actor(Actor.Kind.CUSTOMER_ADMIN, this.customerAdmin.id(), "ada@adatum.example"), NOW.plusSeconds(2),
				null));
		request.clearDomainEvents();

		request.close(this.helpdesk, NOW.plusSeconds(3));
		assertThat(request.domainEvents()).containsExactly(new ServiceRequestClosed(id, customerId, PARTNER_ID,
				"SR-1042", "Mail does not arrive", ServiceRequestState.CLOSED, "Hal Helpdesk",
				new Actor(Actor.Kind.PARTNER_USER, this.helpdesk.id(), "hal@contoso-partners.example"),
				NOW.plusSeconds(3), DelegatedRole.SERVICE_REQUESTS));
	}

	@Test
	void theActivityLogNamesEachEventAsItAlwaysHas() {
		ServiceRequest request = open(this.customerAdmin);
		request.reply(this.customerAdmin, "More", NOW);
		request.answer(this.support, "Done", ServiceRequestState.RESOLVED, NOW);
		request.close(this.customerAdmin, NOW);

		assertThat(request.domainEvents()).extracting((event) -> ((ServiceRequestChange) event).action())
			.containsExactly("SERVICE_REQUEST_OPENED", "SERVICE_REQUEST_REPLIED", "SERVICE_REQUEST_REPLIED",
					"SERVICE_REQUEST_CLOSED");
		assertThat(request.domainEvents()).extracting((event) -> ((ServiceRequestChange) event).detail())
			.containsOnly("SR-1042 Mail does not arrive");
	}

	@Test
	void aRefusedTransitionRaisesNothing() {
		ServiceRequest request = open(this.customerAdmin);
		request.close(this.customerAdmin, NOW);
		request.clearDomainEvents();

		assertThatThrownBy(() -> request.close(this.customerAdmin, NOW)).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> request.reply(this.helpdesk, "Hello?", NOW)).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> request.answer(this.support, "Hello?", ServiceRequestState.RESOLVED, NOW))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> request.close(this.support, NOW)).isInstanceOf(IllegalArgumentException.class);

		assertThat(request.domainEvents()).isEmpty();
	}

	private static ServiceRequest open(Author author) {
		return new ServiceRequest(UUID.randomUUID(), CloudInstance.GLOBAL, 1042,
				new NewServiceRequest("Mail does not arrive", "Since this morning", ServiceRequestCategory.TECHNICAL,
						ServiceRequestSeverity.HIGH),
				author, new FirstResponseDeadline(NOW.plusSeconds(4 * 3600), NOW.plusSeconds(3 * 3600)), NOW);
	}

}
