package com.partnerportal.review;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.Actor;
import com.partnerportal.platform.ConflictException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The review's own rules: moderated once, answered once and only when published.
 */
class ReviewTest {

	static final Instant NOW = Instant.parse("2030-02-01T10:00:00Z");

	final Actor customer = new Actor(Actor.Kind.CUSTOMER_ADMIN, UUID.randomUUID(), "alex@adatum.example");

	final Actor moderator = new Actor(Actor.Kind.BACK_OFFICE_ADMIN, UUID.randomUUID(), "admin@operator.example");

	final Actor partnerAdmin = new Actor(Actor.Kind.PARTNER_USER, UUID.randomUUID(), "paula@contoso.example");

	@Test
	void aNewReviewWaitsForModeration() {
		Review review = review();

		assertThat(review.state()).isEqualTo(ReviewState.PENDING);
		assertThat(review.domainEvents()).singleElement().isInstanceOf(ReviewWritten.class);
	}

	@Test
	void aRatingOutsideOneToFiveIsRefused() {
		assertThatThrownBy(
				() -> new Review(UUID.randomUUID(), UUID.randomUUID(), "Alex", 6, "Great", this.customer, NOW))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(
				() -> new Review(UUID.randomUUID(), UUID.randomUUID(), "Alex", 0, "Great", this.customer, NOW))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void publishingIsModerationOnce() {
		Review review = review();
		review.clearDomainEvents();

		review.publish(this.moderator, NOW);

		assertThat(review.state()).isEqualTo(ReviewState.PUBLISHED);
		assertThat(review.domainEvents()).singleElement()
			.isEqualTo(new ReviewModerated(review.id(), review.partnerId(), review.customerId(), ReviewState.PUBLISHED,
					null, this.moderator, NOW));
		assertThatThrownBy(() -> review.reject(this.moderator, RejectReason.ABUSIVE, null, NOW))
			.isInstanceOf(ConflictException.class)
			.hasMessage(Review.ALREADY_MODERATED);
	}

	@Test
	void aRejectedReviewKeepsItsReasonAndIsNotAnswered() {
		Review review = review();

		review.reject(this.moderator, RejectReason.PERSONAL_DATA, "Names a person", NOW);

		assertThat(review.state()).isEqualTo(ReviewState.REJECTED);
		assertThat(review.toView(null, null).rejectReason()).isEqualTo(RejectReason.PERSONAL_DATA);
		assertThatThrownBy(() -> review.answer(this.partnerAdmin, "Thanks", NOW)).isInstanceOf(ConflictException.class)
			.hasMessage(Review.NOT_PUBLISHED);
	}

	@Test
	void thePartnerAnswersAPublishedReviewOnce() {
		Review review = review();
		review.publish(this.moderator, NOW);
		review.clearDomainEvents();

		review.answer(this.partnerAdmin, "Thank you, Alex.", NOW.plusSeconds(60));

		assertThat(review.answer()).isEqualTo("Thank you, Alex.");
		assertThat(review.domainEvents()).singleElement().isInstanceOf(ReviewAnswered.class);
		assertThatThrownBy(() -> review.answer(this.partnerAdmin, "Again", NOW.plusSeconds(120)))
			.isInstanceOf(ConflictException.class)
			.hasMessage(Review.ALREADY_ANSWERED);
	}

	private Review review() {
		return new Review(UUID.randomUUID(), UUID.randomUUID(), "Alex", 4, "Helpful and quick.", this.customer, NOW);
	}

}
