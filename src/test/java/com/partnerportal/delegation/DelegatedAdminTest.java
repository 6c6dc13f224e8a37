package com.partnerportal.delegation;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A delegated-admin relationship starts active when the customer approves it and ends
 * once, removed by the customer or replaced by another partner.
 */
class DelegatedAdminTest {

	private static final Instant APPROVED_AT = Instant.parse("2026-11-21T10:00:00Z");

	private static final Instant ENDED_AT = Instant.parse("2026-12-01T08:30:00Z");

	private static DelegatedAdmin approved() {
		return new DelegatedAdmin(UUID.randomUUID(), "Contoso", UUID.randomUUID(), "Fabrikam", UUID.randomUUID(),
				person("Jane Customer"), APPROVED_AT, DelegationTerms.everyRoleWithoutEnd());
	}

	private static Actor person(String name) {
		return new Actor(Actor.Kind.CUSTOMER_ADMIN, UUID.randomUUID(), name);
	}

	@Test
	void startsActiveWithWhoApprovedIt() {
		DelegatedAdminView view = approved().toView("Fabrikam");
		assertThat(view.state()).isEqualTo(RelationshipState.ACTIVE);
		assertThat(view.isActive()).isTrue();
		assertThat(view.approvedAt()).isEqualTo(APPROVED_AT);
		assertThat(view.approvedByName()).isEqualTo("Jane Customer");
		assertThat(view.endedAt()).isNull();
		assertThat(view.endReason()).isNull();
	}

	@ParameterizedTest
	@EnumSource(value = EndReason.class, names = { "ENDED_BY_OPERATOR", "EXPIRED" }, mode = EnumSource.Mode.EXCLUDE)
	void anActiveRelationshipEndsWithItsReason(EndReason reason) {
		DelegatedAdmin relationship = approved();
		relationship.end(reason, person("Jane Customer"), "Contoso", "Fabrikam", ENDED_AT);
		DelegatedAdminView view = relationship.toView("Fabrikam");
		assertThat(view.state()).isEqualTo(RelationshipState.ENDED);
		assertThat(view.isActive()).isFalse();
		assertThat(view.endReason()).isEqualTo(reason);
		assertThat(view.endedAt()).isEqualTo(ENDED_AT);
		assertThat(view.endedByName()).isEqualTo("Jane Customer");
	}

	@ParameterizedTest
	@EnumSource(value = EndReason.class, names = { "ENDED_BY_OPERATOR", "EXPIRED" }, mode = EnumSource.Mode.EXCLUDE)
	void anEndedRelationshipDoesNotEndAgain(EndReason secondReason) {
		DelegatedAdmin relationship = approved();
		relationship.end(EndReason.REMOVED_BY_CUSTOMER, person("Jane Customer"), "Contoso", "Fabrikam", ENDED_AT);
		assertThatIllegalStateException().isThrownBy(() -> relationship.end(secondReason, person("Someone Else"),
				"Contoso", "Fabrikam", ENDED_AT.plusSeconds(60)));
		DelegatedAdminView view = relationship.toView("Fabrikam");
		assertThat(view.endReason()).isEqualTo(EndReason.REMOVED_BY_CUSTOMER);
		assertThat(view.endedAt()).isEqualTo(ENDED_AT);
		assertThat(view.endedByName()).isEqualTo("Jane Customer");
	}

	@ParameterizedTest
	@EnumSource(OperatorEndReason.class)
	void theOperatorEndsAnActiveRelationshipWithAReasonAndRaisesItsEvent(OperatorEndReason reason) {
		DelegatedAdmin relationship = approved();
		relationship.clearDomainEvents();
		Actor operator = new Actor(Actor.Kind.BACK_OFFICE_ADMIN, UUID.randomUUID(), "olga@operator.example");
		relationship.endByOperator(reason, "  Asked by phone  ", operator, "Contoso", "Fabrikam", ENDED_AT);
		DelegatedAdminView view = relationship.toView("Fabrikam");
		assertThat(view.isActive()).isFalse();
		assertThat(view.endReason()).isEqualTo(EndReason.ENDED_BY_OPERATOR);
		assertThat(view.operatorReason()).isEqualTo(reason);
		assertThat(view.endNote()).isEqualTo("Asked by phone");
		assertThat(view.endedByName()).isEqualTo("olga@operator.example");
		assertThat(relationship.domainEvents()).singleElement()
			.isEqualTo(new DelegatedAdminEndedByOperator(view.id(), view.customerId(), "Contoso", view.partnerId(),
					"Fabrikam", reason, "Asked by phone", operator, ENDED_AT));
	}

	@Test
	void theOperatorCannotEndAnEndedRelationshipNorGiveOtherWithoutANote() {
		Actor operator = new Actor(Actor.Kind.BACK_OFFICE_ADMIN, UUID.randomUUID(), "olga@operator.example");
		DelegatedAdmin active = approved();
		assertThatIllegalArgumentException().isThrownBy(
				() -> active.endByOperator(OperatorEndReason.OTHER, " ", operator, "Contoso", "Fabrikam", ENDED_AT));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> active.endByOperator(null, null, operator, "Contoso", "Fabrikam", ENDED_AT));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> active.end(EndReason.ENDED_BY_OPERATOR, operator, "Contoso", "Fabrikam", ENDED_AT));
		assertThat(active.toView("Fabrikam").isActive()).isTrue();
		active.end(EndReason.REMOVED_BY_CUSTOMER, person("Jane Customer"), "Contoso", "Fabrikam", ENDED_AT);
		assertThatExceptionOfType(RelationshipAlreadyEndedException.class).isThrownBy(() -> active
			.endByOperator(OperatorEndReason.CONTRACT_ENDED, null, operator, "Contoso", "Fabrikam", ENDED_AT));
		assertThat(active.toView("Fabrikam").endReason()).isEqualTo(EndReason.REMOVED_BY_CUSTOMER);
	}

}
