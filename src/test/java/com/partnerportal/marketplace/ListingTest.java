package com.partnerportal.marketplace;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import com.partnerportal.platform.Actor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A listing's transitions: submitted, approved (the draft replaces what was published),
 * rejected with reasons on named fields; what its state does not allow is refused.
 */
class ListingTest {

	static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

	static final Actor PARTNER_ADMIN = new Actor(Actor.Kind.PARTNER_USER, UUID.randomUUID(), "paula@example.com");

	static final Actor REVIEWER = new Actor(Actor.Kind.BACK_OFFICE_ADMIN, UUID.randomUUID(), "admin@example.com");

	final Listing listing = new Listing(UUID.randomUUID());

	@Test
	void aSubmittedListingWaitsForReviewAndIsNotPublished() {
		this.listing.submit("Contoso", MarketplaceSearchTest.draft("First text, long enough."), PARTNER_ADMIN, NOW);
		assertThat(this.listing.reviewState()).isEqualTo(ReviewState.PENDING);
		assertThat(this.listing.isPublished()).isFalse();
		assertThat(this.listing.domainEvents()).singleElement()
			.isInstanceOfSatisfying(ListingSubmitted.class, (event) -> assertThat(event.firstPublication()).isTrue());
	}

	@Test
	void approvingPublishesTheDraftAndAnEditWaitsBesideThePublishedListing() {
		this.listing.submit("Contoso", MarketplaceSearchTest.draft("First text, long enough."), PARTNER_ADMIN, NOW);
		this.listing.approve("Contoso", REVIEWER, NOW);
		assertThat(this.listing.reviewState()).isEqualTo(ReviewState.NONE);
		assertThat(this.listing.published().descriptionEn()).isEqualTo("First text, long enough.");
		assertThat(this.listing.draft()).isNull();

		this.listing.submit("Contoso", MarketplaceSearchTest.draft("Second text, long enough."), PARTNER_ADMIN, NOW);
		assertThat(this.listing.published().descriptionEn()).isEqualTo("First text, long enough.");
		assertThat(this.listing.draft().descriptionEn()).isEqualTo("Second text, long enough.");
		this.listing.approve("Contoso", REVIEWER, NOW);
		assertThat(this.listing.published().descriptionEn()).isEqualTo("Second text, long enough.");
		assertThat(this.listing.domainEvents()).hasSize(4).last().isInstanceOf(ListingApproved.class);
	}

	@Test
	void rejectingKeepsThePublishedListingAndRecordsTheReasonsByField() {
		this.listing.submit("Contoso", MarketplaceSearchTest.draft("First text, long enough."), PARTNER_ADMIN, NOW);
		this.listing.approve("Contoso", REVIEWER, NOW);
		this.listing.submit("Contoso", MarketplaceSearchTest.draft("Buy now!!! Best prices!!!"), PARTNER_ADMIN, NOW);
		Map<ListingField, String> reasons = new EnumMap<>(ListingField.class);
		reasons.put(ListingField.DESCRIPTION_EN, "  Advertising, not a description.  ");
		reasons.put(ListingField.REGIONS, " ");
		this.listing.reject("Contoso", reasons, REVIEWER, NOW);

		assertThat(this.listing.reviewState()).isEqualTo(ReviewState.REJECTED);
		assertThat(this.listing.rejections())
			.containsExactly(Map.entry(ListingField.DESCRIPTION_EN, "Advertising, not a description."));
		assertThat(this.listing.published().descriptionEn()).isEqualTo("First text, long enough.");
		assertThat(this.listing.domainEvents()).last()
			.isInstanceOfSatisfying(ListingRejected.class,
					(event) -> assertThat(event.reasons()).containsOnlyKeys(ListingField.DESCRIPTION_EN));

		// resubmitting clears the reasons and waits again
		this.listing.submit("Contoso", MarketplaceSearchTest.draft("A better text, long enough."), PARTNER_ADMIN, NOW);
		assertThat(this.listing.reviewState()).isEqualTo(ReviewState.PENDING);
		assertThat(this.listing.rejections()).isEmpty();
	}

	@Test
	void refusesARejectionWithoutReasonOrWithAnOversizedOne() {
		this.listing.submit("Contoso", MarketplaceSearchTest.draft("First text, long enough."), PARTNER_ADMIN, NOW);
		assertThatExceptionOfType(IllegalListingChangeException.class)
			.isThrownBy(() -> this.listing.reject("Contoso", Map.of(ListingField.SERVICES, "  "), REVIEWER, NOW))
			.extracting(IllegalListingChangeException::messageKey)
			.isEqualTo("marketplace.review.reason.required");
		assertThatExceptionOfType(IllegalListingChangeException.class)
			.isThrownBy(
					() -> this.listing.reject("Contoso", Map.of(ListingField.SERVICES, "x".repeat(501)), REVIEWER, NOW))
			.extracting(IllegalListingChangeException::messageKey)
			.isEqualTo("marketplace.review.reason.tooLong");
		assertThat(this.listing.reviewState()).isEqualTo(ReviewState.PENDING);
	}

	@Test
	void refusesDecisionsWhenNothingWaits() {
		assertThatExceptionOfType(IllegalListingChangeException.class)
			.isThrownBy(() -> this.listing.approve("Contoso", REVIEWER, NOW));
		this.listing.submit("Contoso", MarketplaceSearchTest.draft("First text, long enough."), PARTNER_ADMIN, NOW);
		this.listing.approve("Contoso", REVIEWER, NOW);
		assertThatExceptionOfType(IllegalListingChangeException.class)
			.isThrownBy(() -> this.listing.approve("Contoso", REVIEWER, NOW));
		assertThatExceptionOfType(IllegalListingChangeException.class)
			.isThrownBy(() -> this.listing.reject("Contoso", Map.of(ListingField.SERVICES, "No"), REVIEWER, NOW));
	}

}
