package com.partnerportal.delegation;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.platform.Actor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The transitions of a granular relationship: a partial approval with an end date, taking
 * back one role and the last one, an amendment proposed, accepted and refused, and the
 * rules on the terms of a request.
 */
class GranularDelegatedAdminTest {

	private static final Instant APPROVED_AT = Instant.parse("2026-11-21T10:00:00Z");

	private static final Instant LATER = Instant.parse("2026-12-01T08:30:00Z");

	private static final Actor CUSTOMER = new Actor(Actor.Kind.CUSTOMER_ADMIN, UUID.randomUUID(), "Jane Customer");

	private static final Actor SELLER = new Actor(Actor.Kind.PARTNER_USER, UUID.randomUUID(), "sam@fabrikam.example");

	private static DelegatedAdmin approved(Set<DelegatedRole> roles, int days, boolean autoExtend) {
		return new DelegatedAdmin(UUID.randomUUID(), "Contoso", UUID.randomUUID(), "Fabrikam", UUID.randomUUID(),
				CUSTOMER, APPROVED_AT, new DelegationTerms(roles, days, autoExtend));
	}

	@Test
	void aPartialApprovalHoldsOnlyTheApprovedRolesUntilTheDurationHasPassed() {
		DelegationTerms requested = new DelegationTerms(
				EnumSet.of(DelegatedRole.USERS_AND_LICENSES, DelegatedRole.GROUPS, DelegatedRole.MAILBOXES), 90, false);
		DelegationTerms approvedTerms = requested
			.approving(EnumSet.of(DelegatedRole.USERS_AND_LICENSES, DelegatedRole.GROUPS, DelegatedRole.READ_ONLY));

		DelegatedAdmin relationship = new DelegatedAdmin(UUID.randomUUID(), "Contoso", UUID.randomUUID(), "Fabrikam",
				UUID.randomUUID(), CUSTOMER, APPROVED_AT, approvedTerms);

		DelegatedAdminView view = relationship.toView("Fabrikam");
		// READ_ONLY was not requested: approving it adds nothing
		assertThat(view.roles()).containsExactlyInAnyOrder(DelegatedRole.USERS_AND_LICENSES, DelegatedRole.GROUPS);
		assertThat(view.endsAt()).isEqualTo(Instant.parse("2027-02-19T10:00:00Z"));
		assertThat(view.autoExtend()).isFalse();
		assertThat(relationship.domainEvents()).hasExactlyElementsOfTypes(DelegatedAdminApproved.class);
	}

	@Test
	void anApprovalWithoutARoleIsNoApproval() {
		assertThatIllegalArgumentException().isThrownBy(() -> approved(Set.of(), 30, false));
	}

	@Test
	void takingBackOneRoleKeepsTheOthers() {
		DelegatedAdmin relationship = approved(EnumSet.of(DelegatedRole.USERS_AND_LICENSES, DelegatedRole.GROUPS), 90,
				false);
		relationship.clearDomainEvents();

		boolean ended = relationship.takeBack(Set.of(DelegatedRole.GROUPS), CUSTOMER, "Contoso", "Fabrikam", LATER);

		assertThat(ended).isFalse();
		assertThat(relationship.roles()).containsExactly(DelegatedRole.USERS_AND_LICENSES);
		assertThat(relationship.isActive()).isTrue();
		assertThat(relationship.domainEvents()).singleElement()
			.isInstanceOfSatisfying(DelegatedRolesTakenBack.class, (event) -> {
				assertThat(event.roles()).containsExactly(DelegatedRole.GROUPS);
				assertThat(event.action()).isEqualTo("DELEGATED_ROLES_TAKEN_BACK");
			});
	}

	@Test
	void takingBackTheLastRoleRemovesTheRelationship() {
		DelegatedAdmin relationship = approved(EnumSet.of(DelegatedRole.MAILBOXES), 90, false);
		relationship.clearDomainEvents();

		boolean ended = relationship.takeBack(Set.of(DelegatedRole.MAILBOXES), CUSTOMER, "Contoso", "Fabrikam", LATER);

		assertThat(ended).isTrue();
		DelegatedAdminView view = relationship.toView("Fabrikam");
		assertThat(view.state()).isEqualTo(RelationshipState.ENDED);
		assertThat(view.endReason()).isEqualTo(EndReason.REMOVED_BY_CUSTOMER);
		assertThat(relationship.domainEvents()).hasExactlyElementsOfTypes(DelegatedAdminRemoved.class);
	}

	@Test
	void onlyHeldRolesAreTakenBackAndOnlyFromAnActiveRelationship() {
		DelegatedAdmin relationship = approved(EnumSet.of(DelegatedRole.GROUPS), 90, false);
		assertThatIllegalArgumentException().isThrownBy(
				() -> relationship.takeBack(Set.of(DelegatedRole.MAILBOXES), CUSTOMER, "Contoso", "Fabrikam", LATER));
		relationship.end(EndReason.REMOVED_BY_CUSTOMER, CUSTOMER, "Contoso", "Fabrikam", LATER);
		assertThatExceptionOfType(RelationshipAlreadyEndedException.class).isThrownBy(
				() -> relationship.takeBack(Set.of(DelegatedRole.GROUPS), CUSTOMER, "Contoso", "Fabrikam", LATER));
	}

	@Test
	void anAcceptedAmendmentChangesTheRolesAndMovesTheEndDateOfTheSameRelationship() {
		DelegatedAdmin relationship = approved(EnumSet.of(DelegatedRole.USERS_AND_LICENSES, DelegatedRole.GROUPS), 90,
				false);
		UUID id = relationship.id();
		Set<DelegatedRole> proposed = EnumSet.of(DelegatedRole.USERS_AND_LICENSES, DelegatedRole.MAILBOXES);
		relationship.checkAmendment(proposed, 30);
		DelegatedAdminAmendment amendment = new DelegatedAdminAmendment(relationship, proposed, 30, "Fabrikam", SELLER,
				LATER);
		assertThat(amendment.rolesAdded()).containsExactly(DelegatedRole.MAILBOXES);
		assertThat(amendment.rolesRemoved()).containsExactly(DelegatedRole.GROUPS);
		assertThat(amendment.domainEvents()).hasExactlyElementsOfTypes(DelegatedAdminAmendmentProposed.class);
		DelegatedAdminAmendmentView open = amendment.toView("Fabrikam", relationship);
		assertThat(open.endsAtBefore()).isEqualTo(Instant.parse("2027-02-19T10:00:00Z"));
		assertThat(open.endsAtAfter()).isEqualTo(Instant.parse("2027-03-21T10:00:00Z"));
		relationship.clearDomainEvents();

		Instant before = relationship.endsAt();
		relationship.amend(amendment.id(), amendment.rolesAdded(), amendment.rolesRemoved(), amendment.extensionDays(),
				CUSTOMER, "Contoso", "Fabrikam", LATER);
		amendment.accept(CUSTOMER, before, relationship.endsAt(), LATER);

		assertThat(relationship.id()).isEqualTo(id);
		assertThat(relationship.roles()).containsExactlyInAnyOrder(DelegatedRole.USERS_AND_LICENSES,
				DelegatedRole.MAILBOXES);
		assertThat(relationship.endsAt()).isEqualTo(Instant.parse("2027-03-21T10:00:00Z"));
		assertThat(amendment.state()).isEqualTo(AmendmentState.ACCEPTED);
		assertThat(relationship.domainEvents()).hasExactlyElementsOfTypes(DelegatedAdminAmended.class);
		assertThatExceptionOfType(AmendmentAlreadyDecidedException.class)
			.isThrownBy(() -> amendment.refuse(CUSTOMER, "Contoso", "Fabrikam", LATER));
	}

	@Test
	void aRefusedAmendmentChangesNothingAndIsDecidedOnce() {
		DelegatedAdmin relationship = approved(EnumSet.of(DelegatedRole.GROUPS), 90, false);
		DelegatedAdminAmendment amendment = new DelegatedAdminAmendment(relationship,
				EnumSet.of(DelegatedRole.GROUPS, DelegatedRole.MAILBOXES), null, "Fabrikam", SELLER, LATER);
		amendment.clearDomainEvents();

		amendment.refuse(CUSTOMER, "Contoso", "Fabrikam", LATER);

		assertThat(amendment.state()).isEqualTo(AmendmentState.REFUSED);
		assertThat(amendment.domainEvents()).hasExactlyElementsOfTypes(DelegatedAdminAmendmentRefused.class);
		assertThat(relationship.roles()).containsExactly(DelegatedRole.GROUPS);
		assertThatExceptionOfType(AmendmentAlreadyDecidedException.class)
			.isThrownBy(() -> amendment.accept(CUSTOMER, null, null, LATER));
	}

	@Test
	void anAmendmentMustChangeSomethingKeepARoleAndExtendOnlyWithinTwoYears() {
		DelegatedAdmin relationship = approved(EnumSet.of(DelegatedRole.GROUPS), 90, true);
		assertRejected(() -> relationship.checkAmendment(EnumSet.of(DelegatedRole.GROUPS), null),
				AmendmentRejectedException.Reason.NO_CHANGE);
		assertRejected(() -> relationship.checkAmendment(Set.of(), 30),
				AmendmentRejectedException.Reason.NO_ROLES_LEFT);
		assertRejected(() -> relationship.checkAmendment(EnumSet.of(DelegatedRole.GROUPS), 0),
				AmendmentRejectedException.Reason.EXTENSION_OUT_OF_RANGE);
		assertRejected(() -> relationship.checkAmendment(EnumSet.of(DelegatedRole.GROUPS), 731),
				AmendmentRejectedException.Reason.EXTENSION_OUT_OF_RANGE);
		// an auto-extending relationship does not grow to cover every area
		assertRejected(() -> relationship.checkAmendment(DelegatedRole.all(), null),
				AmendmentRejectedException.Reason.AUTO_EXTEND_WITH_EVERY_ROLE);
		DelegatedAdmin withoutEnd = new DelegatedAdmin(UUID.randomUUID(), "Contoso", UUID.randomUUID(), "Fabrikam",
				UUID.randomUUID(), CUSTOMER, APPROVED_AT, DelegationTerms.everyRoleWithoutEnd());
		assertRejected(() -> withoutEnd.checkAmendment(DelegatedRole.all(), 30),
				AmendmentRejectedException.Reason.EXTENSION_WITHOUT_END_DATE);
	}

	@Test
	void theTermsOfARequestNeedARoleADurationOfOneDayToTwoYearsAndNoAutoExtensionWithEveryRole() {
		Set<DelegatedRole> groups = EnumSet.of(DelegatedRole.GROUPS);
		assertThat(new DelegationTerms(Set.of(), 90, false).problem()).isEqualTo(DelegationTerms.Problem.NO_ROLES);
		assertThat(new DelegationTerms(groups, 0, false).problem())
			.isEqualTo(DelegationTerms.Problem.DAYS_OUT_OF_RANGE);
		assertThat(new DelegationTerms(groups, 731, false).problem())
			.isEqualTo(DelegationTerms.Problem.DAYS_OUT_OF_RANGE);
		assertThat(new DelegationTerms(groups, null, false).problem())
			.isEqualTo(DelegationTerms.Problem.DAYS_OUT_OF_RANGE);
		assertThat(new DelegationTerms(groups, 1, true).problem()).isNull();
		assertThat(new DelegationTerms(groups, 730, true).problem()).isNull();
		Set<DelegatedRole> everyArea = EnumSet.of(DelegatedRole.USERS_AND_LICENSES, DelegatedRole.GROUPS,
				DelegatedRole.MAILBOXES, DelegatedRole.DATA_MIGRATIONS, DelegatedRole.SERVICE_REQUESTS);
		assertThat(new DelegationTerms(everyArea, 90, true).problem())
			.isEqualTo(DelegationTerms.Problem.AUTO_EXTEND_WITH_EVERY_ROLE);
		assertThat(new DelegationTerms(DelegatedRole.all(), 90, false).problem()).isNull();
	}

	private static void assertRejected(Runnable change, AmendmentRejectedException.Reason reason) {
		assertThatExceptionOfType(AmendmentRejectedException.class).isThrownBy(change::run)
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(reason));
	}

}
