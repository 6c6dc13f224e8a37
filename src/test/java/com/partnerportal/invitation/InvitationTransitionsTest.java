package com.partnerportal.invitation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.partnerportal.delegation.DelegationTerms;
import com.partnerportal.platform.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every change of an invitation from every state it can be in: the legal ones and where
 * they lead, the illegal ones and that they throw and change nothing.
 */
class InvitationTransitionsTest {

	private static final Actor ACTOR = Actor.system();

	private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

	private static final Instant EXPIRY = NOW.plus(Duration.ofDays(30));

	private static final Instant NEW_EXPIRY = Instant.parse("2027-01-31T10:00:00Z");

	private static Invitation sent() {
		return new Invitation(InvitationKind.TRIAL, UUID.randomUUID(), UUID.randomUUID(), null, "Contoso", "Jane",
				"jane@contoso.example", "en", null, List.of(InvitationLine.trial("MAIL_PLAN_1")), "hash-1", EXPIRY,
				NOW);
	}

	/**
	 * An invitation in {@code state}, and the time at which the test acts on it.
	 */
	private static Instant bringTo(Invitation invitation, InvitationState state) {
		Instant soon = NOW.plus(Duration.ofHours(1));
		switch (state) {
			case SENT -> {
			}
			case VIEWED -> invitation.markViewed(soon);
			case ACCEPTED -> invitation.accept(UUID.randomUUID(), null, ACTOR, soon);
			case DECLINED -> invitation.decline(ACTOR, soon);
			case REVOKED -> invitation.revoke(ACTOR, soon);
			case EXPIRED -> {
				Instant late = EXPIRY.plus(Duration.ofDays(1));
				assertThat(invitation.expireIfOverdue(late)).isTrue();
				return late;
			}
		}
		assertThat(invitation.stateAt(soon)).isEqualTo(state);
		return soon.plus(Duration.ofMinutes(1));
	}

	private static void apply(Invitation invitation, String change, Instant at) {
		switch (change) {
			case "accept" -> invitation.accept(UUID.randomUUID(), null, ACTOR, at);
			case "decline" -> invitation.decline(ACTOR, at);
			case "revoke" -> invitation.revoke(ACTOR, at);
			case "resend" -> invitation.resend("hash-2", NEW_EXPIRY, ACTOR, at);
			case "remind" -> invitation.remind("hash-3", at);
			case "requestDelegatedAdmin" -> invitation.requestDelegatedAdmin(DelegationTerms.standard());
			default -> throw new IllegalArgumentException(change);
		}
	}

	@ParameterizedTest(name = "{1} a {0} invitation makes it {2}")
	@CsvSource({ "SENT, accept, ACCEPTED", "VIEWED, accept, ACCEPTED", "SENT, decline, DECLINED",
			"VIEWED, decline, DECLINED", "SENT, revoke, REVOKED", "VIEWED, revoke, REVOKED", "SENT, resend, SENT",
			"VIEWED, resend, SENT", "EXPIRED, resend, SENT", "SENT, remind, SENT", "VIEWED, remind, VIEWED",
			"SENT, requestDelegatedAdmin, SENT" })
	void legalChange(InvitationState from, String change, InvitationState to) {
		Invitation invitation = sent();
		Instant at = bringTo(invitation, from);
		apply(invitation, change, at);
		assertThat(invitation.stateAt(at)).isEqualTo(to);
	}

	@ParameterizedTest(name = "{1} a {0} invitation throws")
	@CsvSource({ "ACCEPTED, accept", "DECLINED, accept", "REVOKED, accept", "EXPIRED, accept", "ACCEPTED, decline",
			"DECLINED, decline", "REVOKED, decline", "EXPIRED, decline", "ACCEPTED, revoke", "DECLINED, revoke",
			"REVOKED, revoke", "EXPIRED, revoke", "ACCEPTED, resend", "DECLINED, resend", "REVOKED, resend",
			"ACCEPTED, remind", "DECLINED, remind", "REVOKED, remind", "EXPIRED, remind",
			"VIEWED, requestDelegatedAdmin", "ACCEPTED, requestDelegatedAdmin", "DECLINED, requestDelegatedAdmin",
			"REVOKED, requestDelegatedAdmin", "EXPIRED, requestDelegatedAdmin" })
	void illegalChange(InvitationState from, String change) {
		Invitation invitation = sent();
		Instant at = bringTo(invitation, from);
		assertThatThrownBy(() -> apply(invitation, change, at)).isInstanceOf(IllegalInvitationStateException.class);
		assertThat(invitation.stateAt(at)).isEqualTo(from);
		assertThat(invitation.isDelegatedAdminRequested()).isFalse();
	}

	@Test
	void anOpenInvitationPastItsExpiryCannotBeAcceptedBeforeTheJobMarksIt() {
		Invitation invitation = sent();
		assertThat(invitation.stateAt(EXPIRY)).isEqualTo(InvitationState.EXPIRED);
		assertThatThrownBy(() -> invitation.accept(UUID.randomUUID(), null, ACTOR, EXPIRY))
			.isInstanceOf(IllegalInvitationStateException.class);
		assertThatThrownBy(() -> invitation.remind("hash-2", EXPIRY))
			.isInstanceOf(IllegalInvitationStateException.class);
	}

	@Test
	void resendOpensANewPeriodAndForgetsTheViewAndTheReminder() {
		Invitation invitation = sent();
		invitation.markViewed(NOW.plusSeconds(1));
		invitation.remind("hash-2", NOW.plusSeconds(2));
		invitation.resend("hash-3", NEW_EXPIRY, ACTOR, NOW.plusSeconds(3));
		assertThat(invitation.expiresAt()).isEqualTo(NEW_EXPIRY);
		assertThat(invitation.sentAt()).isEqualTo(NOW.plusSeconds(3));
		assertThat(invitation.toSummary(NOW.plusSeconds(4)).viewedAt()).isNull();
		assertThat(invitation.markViewed(NOW.plusSeconds(5))).isTrue();
	}

	@Test
	void aReminderKeepsTheExpiry() {
		Invitation invitation = sent();
		invitation.remind("hash-2", NOW.plusSeconds(1));
		assertThat(invitation.expiresAt()).isEqualTo(EXPIRY);
	}

	@Test
	void onlyASentInvitationIsMarkedViewed() {
		for (InvitationState state : List.of(InvitationState.VIEWED, InvitationState.ACCEPTED, InvitationState.DECLINED,
				InvitationState.REVOKED, InvitationState.EXPIRED)) {
			Invitation invitation = sent();
			Instant at = bringTo(invitation, state);
			assertThat(invitation.markViewed(at)).as(state.name()).isFalse();
			assertThat(invitation.stateAt(at)).isEqualTo(state);
		}
	}

	@Test
	void theExpiryJobMarksOpenInvitationsOnly() {
		for (InvitationState state : List.of(InvitationState.ACCEPTED, InvitationState.DECLINED,
				InvitationState.REVOKED)) {
			Invitation invitation = sent();
			bringTo(invitation, state);
			assertThat(invitation.expireIfOverdue(EXPIRY.plus(Duration.ofDays(1)))).as(state.name()).isFalse();
			assertThat(invitation.stateAt(EXPIRY.plus(Duration.ofDays(1)))).isEqualTo(state);
		}
		Invitation viewed = sent();
		viewed.markViewed(NOW.plusSeconds(1));
		assertThat(viewed.expireIfOverdue(EXPIRY.minusSeconds(1))).isFalse();
		assertThat(viewed.expireIfOverdue(EXPIRY)).isTrue();
		assertThat(viewed.expireIfOverdue(EXPIRY.plusSeconds(1))).isFalse();
	}

	@Test
	void anInvitationToOneCustomerIsNotAcceptedForAnother() {
		UUID customer = UUID.randomUUID();
		Invitation invitation = new Invitation(InvitationKind.TRIAL, UUID.randomUUID(), UUID.randomUUID(), customer,
				"Contoso", "Jane", "jane@contoso.example", "en", null, List.of(InvitationLine.trial("MAIL_PLAN_1")),
				"hash-1", EXPIRY, NOW);
		assertThatThrownBy(() -> invitation.accept(UUID.randomUUID(), null, ACTOR, NOW))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(invitation.stateAt(NOW)).isEqualTo(InvitationState.SENT);
		invitation.accept(customer, null, ACTOR, NOW);
		assertThat(invitation.stateAt(NOW)).isEqualTo(InvitationState.ACCEPTED);
	}

	@Test
	void theDelegatedAdminChoiceNeedsARequest() {
		Invitation invitation = sent();
		assertThatThrownBy(() -> invitation.decideDelegatedAdmin(true)).isInstanceOf(IllegalStateException.class);
		invitation.requestDelegatedAdmin(DelegationTerms.standard());
		assertThat(invitation.isDelegatedAdminRequested()).isTrue();
		invitation.decideDelegatedAdmin(false);
	}

	@Test
	void aDelegatedAdminRequestGoesToAnExistingCustomerWithoutOffers() {
		assertThatThrownBy(() -> new Invitation(InvitationKind.DELEGATED_ADMIN, UUID.randomUUID(), UUID.randomUUID(),
				null, "Contoso", "Jane", "jane@contoso.example", "en", null, List.of(), "hash-1", EXPIRY, NOW))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Invitation(InvitationKind.DELEGATED_ADMIN, UUID.randomUUID(), UUID.randomUUID(),
				UUID.randomUUID(), "Contoso", "Jane", "jane@contoso.example", "en", null,
				List.of(InvitationLine.trial("MAIL_PLAN_1")), "hash-1", EXPIRY, NOW))
			.isInstanceOf(IllegalArgumentException.class);
		Invitation request = new Invitation(InvitationKind.DELEGATED_ADMIN, UUID.randomUUID(), UUID.randomUUID(),
				UUID.randomUUID(), "Contoso", "Jane", "jane@contoso.example", "en", null, List.of(), "hash-1", EXPIRY,
				NOW);
		assertThat(request.isDelegatedAdminRequested()).isTrue();
	}

	@Test
	void onlyPurchaseOffersHaveQuantities() {
		assertThatThrownBy(() -> new Invitation(InvitationKind.PURCHASE, UUID.randomUUID(), UUID.randomUUID(), null,
				"Contoso", "Jane", "jane@contoso.example", "en", null, List.of(InvitationLine.trial("MAIL_PLAN_1")),
				"hash-1", EXPIRY, NOW))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
