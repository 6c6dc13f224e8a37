package com.partnerportal.invitation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.partnerportal.platform.Actor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The invitation guards its own lifecycle.
 */
class InvitationTest {

	private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

	private static final Actor ACTOR = Actor.invitee("jane@contoso.example");

	private static Invitation invitation() {
		return new Invitation(InvitationKind.TRIAL, UUID.randomUUID(), UUID.randomUUID(), null, "Contoso", "Jane",
				"jane@contoso.example", "en", null, List.of(InvitationLine.trial("MAIL_PLAN_1")), "hash-1",
				NOW.plus(Duration.ofDays(30)), NOW);
	}

	@Test
	void startsSentAndRecordsOnlyTheFirstView() {
		Invitation invitation = invitation();
		assertThat(invitation.stateAt(NOW)).isEqualTo(InvitationState.SENT);
		assertThat(invitation.markViewed(NOW.plusSeconds(5))).isTrue();
		assertThat(invitation.markViewed(NOW.plusSeconds(10))).isFalse();
		assertThat(invitation.toSummary(NOW).viewedAt()).isEqualTo(NOW.plusSeconds(5));
	}

	@Test
	void acceptsWhileOpenAndRemembersTheCustomer() {
		Invitation invitation = invitation();
		UUID customerId = UUID.randomUUID();
		invitation.accept(customerId, null, ACTOR, NOW.plusSeconds(60));
		assertThat(invitation.stateAt(NOW.plusSeconds(61))).isEqualTo(InvitationState.ACCEPTED);
		assertThat(invitation.customerId()).isEqualTo(customerId);
	}

	@Test
	void rejectsExpiredInvitation() {
		Invitation invitation = invitation();
		Instant late = NOW.plus(Duration.ofDays(30));
		assertThat(invitation.stateAt(late)).isEqualTo(InvitationState.EXPIRED);
		assertThatThrownBy(() -> invitation.accept(UUID.randomUUID(), null, ACTOR, late))
			.isInstanceOf(IllegalInvitationStateException.class)
			.extracting("state")
			.isEqualTo(InvitationState.EXPIRED);
	}

	@Test
	void aDecidedInvitationCannotBeDecidedAgain() {
		Invitation invitation = invitation();
		invitation.decline(ACTOR, NOW);
		assertThatThrownBy(() -> invitation.accept(UUID.randomUUID(), null, ACTOR, NOW))
			.isInstanceOf(IllegalInvitationStateException.class);
		assertThatThrownBy(() -> invitation.revoke(ACTOR, NOW)).isInstanceOf(IllegalInvitationStateException.class);
		assertThatThrownBy(() -> invitation.decline(ACTOR, NOW)).isInstanceOf(IllegalInvitationStateException.class);
	}

	@Test
	void anAcceptedInvitationCannotBeResentOrRevoked() {
		Invitation invitation = invitation();
		invitation.accept(UUID.randomUUID(), null, ACTOR, NOW);
		assertThatThrownBy(() -> invitation.resend("hash-2", NOW.plus(Duration.ofDays(30)), ACTOR, NOW))
			.isInstanceOf(IllegalInvitationStateException.class);
		assertThatThrownBy(() -> invitation.revoke(ACTOR, NOW)).isInstanceOf(IllegalInvitationStateException.class);
	}

	@Test
	void resendingAnExpiredInvitationOpensItAgainWithANewLink() {
		Invitation invitation = invitation();
		Instant late = NOW.plus(Duration.ofDays(31));
		invitation.resend("hash-2", late.plus(Duration.ofDays(30)), ACTOR, late);
		assertThat(invitation.stateAt(late)).isEqualTo(InvitationState.SENT);
		assertThat(invitation.expiresAt()).isEqualTo(late.plus(Duration.ofDays(30)));
	}

	@Test
	void theExpiryJobMarksOnlyOverdueOpenInvitations() {
		Invitation open = invitation();
		assertThat(open.expireIfOverdue(NOW.plus(Duration.ofDays(1)))).isFalse();
		assertThat(open.expireIfOverdue(NOW.plus(Duration.ofDays(30)))).isTrue();
		Invitation accepted = invitation();
		accepted.accept(UUID.randomUUID(), null, ACTOR, NOW);
		assertThat(accepted.expireIfOverdue(NOW.plus(Duration.ofDays(40)))).isFalse();
		assertThat(accepted.stateAt(NOW.plus(Duration.ofDays(40)))).isEqualTo(InvitationState.ACCEPTED);
	}

	@Test
	void needsAtLeastOneOffer() {
		assertThatThrownBy(() -> new Invitation(InvitationKind.TRIAL, UUID.randomUUID(), UUID.randomUUID(), null, "C",
				"N", "e@x.example", "en", null, List.of(), "h", NOW, NOW))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
