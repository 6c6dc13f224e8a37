package com.partnerportal.leads;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.partnerportal.platform.Actor;
import com.partnerportal.platform.ConflictException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The contact request's own rules: verified once before it expires, answered once before
 * its deadline, expired only when due, linked to one invitation once accepted.
 */
class LeadTest {

	static final Instant NOW = Instant.parse("2030-01-10T09:00:00Z");

	static final Duration DAY = Duration.ofDays(1);

	static final NewLead DETAILS = new NewLead("Casey", "casey@fabrikam.example", "Fabrikam", CompanySize.SMALL,
			List.of("MAIL", "MEETINGS"), "We need mail.", "en");

	static final Actor SAM = new Actor(Actor.Kind.PARTNER_USER, UUID.randomUUID(), "sam@contoso.example");

	final UUID partnerId = UUID.randomUUID();

	final UUID customerId = UUID.randomUUID();

	@Test
	void aVisitorsRequestWaitsForItsEmailAndIsReceivedOnceVerified() {
		Lead lead = Lead.fromVisitor(this.partnerId, DETAILS, "hash", NOW.plus(DAY), NOW);
		assertThat(lead.state()).isEqualTo(LeadState.UNVERIFIED);
		assertThat(lead.domainEvents()).isEmpty();

		lead.verify(NOW.plusSeconds(60), NOW.plus(Duration.ofHours(72)));

		assertThat(lead.state()).isEqualTo(LeadState.OPEN);
		assertThat(lead.answerDueAt()).isEqualTo(NOW.plus(Duration.ofHours(72)));
		assertThat(lead.domainEvents()).singleElement()
			.isEqualTo(new LeadReceived(lead.id(), this.partnerId, null, "Fabrikam", NOW.plusSeconds(60),
					NOW.plus(Duration.ofHours(72))));
		assertThat(lead.serviceCodes()).containsExactly("MAIL", "MEETINGS");
	}

	@Test
	void aVerificationLinkWorksOnce() {
		Lead lead = Lead.fromVisitor(this.partnerId, DETAILS, "hash", NOW.plus(DAY), NOW);
		lead.verify(NOW, NOW.plus(DAY));

		assertThatThrownBy(() -> lead.verify(NOW, NOW.plus(DAY))).isInstanceOf(ConflictException.class)
			.hasMessage(Lead.LINK_USED);
	}

	@Test
	void anExpiredVerificationLinkIsRefused() {
		Lead lead = Lead.fromVisitor(this.partnerId, DETAILS, "hash", NOW.plus(DAY), NOW);

		assertThatThrownBy(() -> lead.verify(NOW.plus(DAY), NOW.plus(DAY.multipliedBy(4))))
			.isInstanceOf(ConflictException.class)
			.hasMessage(Lead.LINK_EXPIRED);
		assertThat(lead.state()).isEqualTo(LeadState.UNVERIFIED);
	}

	@Test
	void aCustomersRequestIsReceivedAtOnce() {
		UUID customerId = UUID.randomUUID();
		Lead lead = Lead.fromCustomer(this.partnerId, customerId, DETAILS, "contact@adatum.example", NOW,
				NOW.plus(DAY));

		assertThat(lead.state()).isEqualTo(LeadState.OPEN);
		assertThat(lead.email()).isEqualTo("contact@adatum.example");
		assertThat(lead.domainEvents()).hasOnlyElementsOfType(LeadReceived.class).hasSize(1);
	}

	@Test
	void acceptingRaisesLeadAnsweredAndASecondAnswerIsRefused() {
		Lead lead = received();

		lead.accept(SAM, NOW.plus(Duration.ofHours(5)));

		assertThat(lead.state()).isEqualTo(LeadState.ACCEPTED);
		assertThat(lead.domainEvents()).singleElement()
			.isEqualTo(new LeadAnswered(lead.id(), this.partnerId, this.customerId, "Fabrikam", NOW,
					NOW.plus(Duration.ofHours(5)), true, null, SAM));
		assertThatThrownBy(() -> lead.accept(SAM, NOW.plus(Duration.ofHours(6)))).isInstanceOf(ConflictException.class)
			.hasMessage(Lead.NOT_OPEN);
		assertThatThrownBy(() -> lead.decline(SAM, DeclineReason.SPAM, NOW.plus(Duration.ofHours(6))))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void decliningKeepsItsReasonAndRaisesLeadAnswered() {
		Lead lead = received();

		lead.decline(SAM, DeclineReason.NOT_OUR_REGION, NOW.plus(Duration.ofHours(1)));

		assertThat(lead.state()).isEqualTo(LeadState.DECLINED);
		assertThat(lead.declineReason()).isEqualTo(DeclineReason.NOT_OUR_REGION);
		assertThat(lead.domainEvents()).singleElement()
			.isEqualTo(new LeadAnswered(lead.id(), this.partnerId, this.customerId, "Fabrikam", NOW,
					NOW.plus(Duration.ofHours(1)), false, DeclineReason.NOT_OUR_REGION, SAM));
	}

	@Test
	void aLeadPastItsDeadlineIsNotAnsweredButExpires() {
		Lead lead = received();
		Instant due = NOW.plus(Duration.ofHours(72));

		assertThat(lead.expireIfOverdue(due.minusSeconds(1))).isFalse();
		assertThatThrownBy(() -> lead.accept(SAM, due)).isInstanceOf(ConflictException.class);

		assertThat(lead.expireIfOverdue(due)).isTrue();
		assertThat(lead.state()).isEqualTo(LeadState.EXPIRED);
		assertThat(lead.domainEvents()).singleElement()
			.isEqualTo(new LeadExpired(lead.id(), this.partnerId, this.customerId, "Fabrikam", NOW, due));
		assertThat(lead.expireIfOverdue(due.plusSeconds(1))).isFalse();
	}

	@Test
	void onlyAnAcceptedLeadGetsOneInvitation() {
		Lead lead = received();
		UUID invitation = UUID.randomUUID();
		assertThatThrownBy(() -> lead.invitationSent(invitation, NOW)).isInstanceOf(ConflictException.class)
			.hasMessage(Lead.NOT_ACCEPTED);

		lead.accept(SAM, NOW);
		lead.invitationSent(invitation, NOW);

		assertThat(lead.invitationId()).isEqualTo(invitation);
		assertThatThrownBy(() -> lead.invitationSent(UUID.randomUUID(), NOW)).isInstanceOf(ConflictException.class)
			.hasMessage(Lead.ALREADY_INVITED);
	}

	@Test
	void theOtherPartnersLinkSearchesTheSameServices() {
		assertThat(LeadMails.otherPartnersPath(List.of("MAIL", "MEETINGS")))
			.isEqualTo("/marketplace?service=MAIL&service=MEETINGS");
	}

	private Lead received() {
		Lead lead = Lead.fromCustomer(this.partnerId, this.customerId, DETAILS, "contact@adatum.example", NOW,
				NOW.plus(Duration.ofHours(72)));
		lead.clearDomainEvents();
		return lead;
	}

}
