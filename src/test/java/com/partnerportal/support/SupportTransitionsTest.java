package com.partnerportal.support;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.CloudInstance;
import com.partnerportal.platform.ConflictException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the support team does with a request from the back office: the first answer stops
 * the SLA clock, assignment, moving the request on through its states, and the events
 * each raises.
 */
class SupportTransitionsTest {

	static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

	static final Instant DUE = NOW.plusSeconds(4 * 3600);

	final Author customerAdmin = new Author(AuthorKind.CUSTOMER_ADMIN, UUID.randomUUID(), "Ada Admin", null,
			"ada@adatum.example");

	final Author support = new Author(AuthorKind.BACK_OFFICE_ADMIN, UUID.randomUUID(), "Sora Support", null,
			"support@operator.example");

	@Test
	void theFirstAnswerSetsTheFirstResponseAndStopsTheClock() {
		ServiceRequest request = open();
		assertThat(request.sla(NOW).state()).isEqualTo(SlaState.ON_TRACK);
		assertThat(request.sla(DUE.plusSeconds(1)).state()).isEqualTo(SlaState.OVERDUE);

		request.answer(this.support, "Looking into it", ServiceRequestState.IN_PROGRESS, NOW.plusSeconds(600));
		request.answer(this.support, "Still on it", ServiceRequestState.IN_PROGRESS, DUE.plusSeconds(3600));

		Sla sla = request.sla(DUE.plusSeconds(7200));
		assertThat(sla.firstResponseAt()).isEqualTo(NOW.plusSeconds(600));
		assertThat(sla.state()).isEqualTo(SlaState.MET);
	}

	@Test
	void aLateFirstAnswerMissesTheSla() {
		ServiceRequest request = open();

		request.answer(this.support, "Sorry for the wait", ServiceRequestState.IN_PROGRESS, DUE.plusSeconds(60));

		assertThat(request.sla(DUE.plusSeconds(120)).state()).isEqualTo(SlaState.MISSED);
	}

	@Test
	void aCustomerReplyDoesNotStopTheClock() {
		ServiceRequest request = open();

		request.reply(this.customerAdmin, "Any news?", NOW.plusSeconds(60));

		assertThat(request.sla(DUE.plusSeconds(1)).state()).isEqualTo(SlaState.OVERDUE);
		assertThat(request.sla(DUE.plusSeconds(1)).firstResponseAt()).isNull();
	}

	@Test
	void closingBeforeAnyAnswerStopsTheClockWithoutAFirstResponse() {
		ServiceRequest request = open();

		request.close(this.customerAdmin, NOW.plusSeconds(60));

		Sla sla = request.sla(DUE.plusSeconds(3600));
		assertThat(sla.state()).isEqualTo(SlaState.MET);
		assertThat(sla.firstResponseAt()).isNull();
	}

	@Test
	void assigningRaisesAnEventAndTheSameAssignmentIsRefused() {
		ServiceRequest request = open();
		request.clearDomainEvents();
		Assignee sora = new Assignee(UUID.randomUUID(), "Sora Support");

		request.assign(this.support, sora, NOW);

		assertThat(request.assigneeId()).isEqualTo(sora.id());
		assertThat(request.domainEvents()).singleElement()
			.isInstanceOfSatisfying(ServiceRequestAssigned.class, (event) -> {
				assertThat(event.assigneeId()).isEqualTo(sora.id());
				assertThat(event.assigneeName()).isEqualTo("Sora Support");
				assertThat(event.action()).isEqualTo("SERVICE_REQUEST_ASSIGNED");
				assertThat(event.actor().name()).isEqualTo("support@operator.example");
			});
		assertThatThrownBy(() -> request.assign(this.support, sora, NOW)).isInstanceOfSatisfying(
				ConflictException.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("support.queue.error.sameAssignee"));

		request.assign(this.support, null, NOW);
		assertThat(request.assigneeId()).isNull();
	}

	@Test
	void onlyTheSupportTeamAssignsOrMovesOn() {
		ServiceRequest request = open();

		assertThatThrownBy(() -> request.assign(this.customerAdmin, new Assignee(UUID.randomUUID(), "X"), NOW))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> request.changeState(this.customerAdmin, ServiceRequestState.IN_PROGRESS, NOW))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theSupportTeamMovesARequestThroughItsStatesToClosed() {
		ServiceRequest request = open();
		request.clearDomainEvents();

		request.changeState(this.support, ServiceRequestState.IN_PROGRESS, NOW);
		request.changeState(this.support, ServiceRequestState.WAITING_FOR_CUSTOMER, NOW);
		request.changeState(this.support, ServiceRequestState.RESOLVED, NOW);
		request.changeState(this.support, ServiceRequestState.CLOSED, NOW.plusSeconds(60));

		assertThat(request.state()).isEqualTo(ServiceRequestState.CLOSED);
		assertThat(request.domainEvents()).hasSize(4)
			.allSatisfy((event) -> assertThat(event).isInstanceOf(ServiceRequestStateChanged.class));
		ServiceRequestStateChanged last = (ServiceRequestStateChanged) request.domainEvents().toArray()[3];
		assertThat(last.previous()).isEqualTo(ServiceRequestState.RESOLVED);
		assertThat(last.state()).isEqualTo(ServiceRequestState.CLOSED);
		// closing stopped the clock
		assertThat(request.sla(DUE.plusSeconds(1)).state()).isEqualTo(SlaState.MET);
	}

	@ParameterizedTest
	@EnumSource(ServiceRequestState.class)
	void illegalMovesAreRefusedAndChangeNothing(ServiceRequestState from) {
		for (ServiceRequestState to : ServiceRequestState.values()) {
			if (from.nextBySupport().contains(to)) {
				continue;
			}
			ServiceRequest request = inState(from);
			request.clearDomainEvents();
			assertThatThrownBy(() -> request.changeState(this.support, to, NOW)).as("%s -> %s", from, to)
				.isInstanceOfSatisfying(ConflictException.class,
						(ex) -> assertThat(ex.messageKey()).isEqualTo("support.queue.error.transition"));
			assertThat(request.state()).isEqualTo(from);
			assertThat(request.domainEvents()).isEmpty();
		}
	}

	@Test
	void theStatesTheSupportTeamMayMoveTo() {
		assertThat(ServiceRequestState.OPEN.nextBySupport()).containsExactlyInAnyOrder(ServiceRequestState.IN_PROGRESS,
				ServiceRequestState.WAITING_FOR_CUSTOMER, ServiceRequestState.RESOLVED);
		assertThat(ServiceRequestState.RESOLVED.nextBySupport())
			.containsExactlyInAnyOrder(ServiceRequestState.IN_PROGRESS, ServiceRequestState.CLOSED);
		assertThat(ServiceRequestState.CLOSED.nextBySupport()).isEmpty();
	}

	@Test
	void aChangeDecidedOnAnOlderVersionIsRefused() {
		ServiceRequest request = open();

		assertThatThrownBy(() -> request.requireVersion(request.version() + 1)).isInstanceOfSatisfying(
				ConflictException.class, (ex) -> assertThat(ex.messageKey()).isEqualTo("support.queue.error.stale"));
		request.requireVersion(request.version());
	}

	@Test
	void nothingIsAssignedInAClosedRequest() {
		ServiceRequest request = open();
		request.close(this.customerAdmin, NOW);

		assertThatThrownBy(() -> request.assign(this.support, new Assignee(UUID.randomUUID(), "X"), NOW))
			.isInstanceOf(ConflictException.class);
	}

	private ServiceRequest inState(ServiceRequestState state) {
		ServiceRequest request = open();
		switch (state) {
			case OPEN -> {
			}
			case CLOSED -> request.close(this.customerAdmin, NOW);
			default -> request.changeState(this.support, state, NOW);
		}
		return request;
	}

	private ServiceRequest open() {
		return new ServiceRequest(UUID.randomUUID(), CloudInstance.GLOBAL, 1042,
				new NewServiceRequest("Mail does not arrive", "Since this morning", ServiceRequestCategory.TECHNICAL,
						ServiceRequestSeverity.HIGH),
				this.customerAdmin, new FirstResponseDeadline(DUE, DUE.minusSeconds(3600)), NOW);
	}

}
