package com.partnerportal.partner;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import com.partnerportal.platform.Actor;
import com.partnerportal.platform.CloudInstance;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The partner guards its standing, its agreement and its enrollments, and raises an event
 * for each change.
 */
class PartnerTest {

	private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

	private static final Actor OPERATOR = new Actor(Actor.Kind.BACK_OFFICE_ADMIN, null, "admin@operator.example");

	@Test
	void freezesSalesWithAReasonAndReinstates() {
		Partner partner = partner();

		partner.changeStanding(Standing.SALES_FROZEN, "  unpaid invoices ", OPERATOR, NOW);
		partner.changeStanding(Standing.ACTIVE, "invoices paid", OPERATOR, NOW);

		assertThat(partner.standing()).isEqualTo(Standing.ACTIVE);
		assertThat(partner.standingReason()).isEqualTo("invoices paid");
		assertThat(partner.domainEvents()).hasSize(2)
			.first()
			.isInstanceOfSatisfying(PartnerStandingChanged.class, (event) -> {
				assertThat(event.from()).isEqualTo(Standing.ACTIVE);
				assertThat(event.to()).isEqualTo(Standing.SALES_FROZEN);
				assertThat(event.reason()).isEqualTo("unpaid invoices");
				assertThat(event.action()).isEqualTo("PARTNER_SALES_FROZEN");
			});
		assertThat(((PartnerStandingChanged) partner.domainEvents().toArray()[1]).action())
			.isEqualTo("PARTNER_REINSTATED");
	}

	@Test
	void refusesAChangeToTheSameStandingOrWithoutAReason() {
		Partner partner = partner();

		assertThatExceptionOfType(IllegalPartnerChangeException.class)
			.isThrownBy(() -> partner.changeStanding(Standing.ACTIVE, "why not", OPERATOR, NOW))
			.extracting(IllegalPartnerChangeException::messageKey)
			.isEqualTo("admin.partner.standing.unchanged");
		assertThatExceptionOfType(IllegalPartnerChangeException.class)
			.isThrownBy(() -> partner.changeStanding(Standing.SUSPENDED, "  ", OPERATOR, NOW))
			.extracting(IllegalPartnerChangeException::messageKey)
			.isEqualTo("admin.partner.reason.required");
		assertThatExceptionOfType(IllegalPartnerChangeException.class)
			.isThrownBy(() -> partner.changeStanding(Standing.SUSPENDED, "x".repeat(501), OPERATOR, NOW));
		assertThat(partner.standing()).isEqualTo(Standing.ACTIVE);
		assertThat(partner.domainEvents()).isEmpty();
	}

	@Test
	void acceptsAVersionOnceAndANewerOneAgain() {
		Partner partner = partner();

		assertThat(partner.acceptAgreement("2026-01", "Paula", OPERATOR, NOW)).isTrue();
		assertThat(partner.acceptAgreement("2026-01", "Paula", OPERATOR, NOW)).isFalse();
		assertThat(partner.acceptAgreement("2026-11", "Sam", OPERATOR, NOW)).isTrue();

		PartnerView view = partner.toView();
		assertThat(view.agreementVersion()).isEqualTo("2026-11");
		assertThat(view.agreementSignedBy()).isEqualTo("Sam");
		assertThat(partner.domainEvents()).hasSize(2).allMatch(PartnerAgreementAccepted.class::isInstance);
	}

	@Test
	void changesEnrollmentsWithAReasonAndRefusesNoChange() {
		Partner partner = partner();

		partner.changeEnrollments(EnumSet.of(Program.CLOUD_ACCELERATE), Set.of("MAIL", "MEETINGS"), "upgrade", OPERATOR,
				NOW);

		assertThat(partner.toView().programs()).containsExactly(Program.CLOUD_ACCELERATE);
		assertThat(partner.toView().authorizedServiceCodes()).containsExactlyInAnyOrder("MAIL", "MEETINGS");
		assertThat(partner.domainEvents()).singleElement().isInstanceOf(PartnerEnrollmentsChanged.class);
		assertThatExceptionOfType(IllegalPartnerChangeException.class)
			.isThrownBy(() -> partner.changeEnrollments(EnumSet.of(Program.CLOUD_ACCELERATE),
					Set.of("MAIL", "MEETINGS"), "again", OPERATOR, NOW))
			.extracting(IllegalPartnerChangeException::messageKey)
			.isEqualTo("admin.partner.enrollments.unchanged");
	}

	@Test
	void anEnrollmentRequestIsDecidedOnceAndADeclineNeedsAReason() {
		EnrollmentRequest request = new EnrollmentRequest(partner().id(), Program.CLOUD_ESSENTIALS,
				new Actor(Actor.Kind.PARTNER_USER, null, "paula@example"), NOW);

		assertThatExceptionOfType(IllegalPartnerChangeException.class)
			.isThrownBy(() -> request.decide(false, " ", OPERATOR, NOW))
			.extracting(IllegalPartnerChangeException::messageKey)
			.isEqualTo("admin.partner.reason.required");
		request.decide(true, null, OPERATOR, NOW);
		assertThatExceptionOfType(IllegalPartnerChangeException.class)
			.isThrownBy(() -> request.decide(false, "changed my mind", OPERATOR, NOW))
			.extracting(IllegalPartnerChangeException::messageKey)
			.isEqualTo("admin.partner.request.decided");

		assertThat(request.toView().state()).isEqualTo(EnrollmentRequestState.GRANTED);
		assertThat(request.domainEvents()).hasSize(2)
			.last()
			.isInstanceOfSatisfying(EnrollmentRequestDecided.class,
					(event) -> assertThat(event.action()).isEqualTo("PARTNER_ENROLLMENT_GRANTED"));
	}

	private static Partner partner() {
		return new Partner("Contoso", CloudInstance.GLOBAL, EnumSet.of(Program.CLOUD_ESSENTIALS), Set.of("MAIL"), NOW);
	}

}
