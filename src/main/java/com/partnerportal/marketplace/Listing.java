package com.partnerportal.marketplace;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import com.partnerportal.platform.Actor;
import com.partnerportal.platform.AggregateRoot;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A partner's marketplace listing: what is published, and a draft that waits for the back
 * office's review (or was rejected, with reasons on named fields). An edit of a published
 * listing is a draft too: the published content stays in the marketplace until the draft
 * is approved.
 */
@Entity
@Table(name = "marketplace_listing")
class Listing extends AggregateRoot<Listing> {

	/** The longest reason the back office gives on one field. */
	static final int MAX_REASON = 500;

	@Id
	private UUID id;

	private UUID partnerId;

	@OneToOne(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
	@JoinColumn(name = "published_content_id")
	private ListingContent publishedContent;

	@OneToOne(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
	@JoinColumn(name = "draft_content_id")
	private ListingContent draftContent;

	@Enumerated(EnumType.STRING)
	private ReviewState reviewState = ReviewState.NONE;

	private Instant submittedAt;

	private UUID submittedById;

	private String submittedByName;

	private Instant reviewedAt;

	private String reviewedBy;

	private Instant publishedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "marketplace_listing_rejection", joinColumns = @JoinColumn(name = "listing_id"))
	@MapKeyColumn(name = "field")
	@MapKeyEnumerated(EnumType.STRING)
	@Column(name = "reason")
	private Map<ListingField, String> rejections = new EnumMap<>(ListingField.class);

	@Version
	private long version;

	protected Listing() {
	}

	Listing(UUID partnerId) {
		this.id = UUID.randomUUID();
		this.partnerId = partnerId;
	}

	/**
	 * Sends a draft to the review; a draft waiting already (or rejected) is replaced by
	 * this one.
	 */
	void submit(String partnerName, ListingDraft draft, Actor actor, Instant now) {
		this.draftContent = new ListingContent(this.partnerId, partnerName, draft, false, now);
		this.reviewState = ReviewState.PENDING;
		this.submittedAt = now;
		this.submittedById = actor.id();
		this.submittedByName = actor.name();
		this.rejections.clear();
		registerEvent(
				new ListingSubmitted(this.id, this.partnerId, partnerName, this.publishedContent == null, actor, now));
	}

	/**
	 * Publishes the waiting draft: it replaces what was published.
	 * @throws IllegalListingChangeException if no draft waits for review
	 */
	void approve(String partnerName, Actor actor, Instant now) {
		requirePending();
		// the published row takes the draft's content in place: one published content per
		// partner, also while both rows exist within the flush
		if (this.publishedContent != null) {
			this.publishedContent.replaceWith(this.draftContent, now);
		}
		else {
			this.publishedContent = this.draftContent.publishedCopy(now);
		}
		this.draftContent = null;
		this.reviewState = ReviewState.NONE;
		this.reviewedAt = now;
		this.reviewedBy = actor.name();
		this.publishedAt = now;
		this.rejections.clear();
		registerEvent(new ListingApproved(this.id, this.partnerId, partnerName, this.submittedById, actor, now));
	}

	/**
	 * Sends the waiting draft back with a reason on each named field; what was published
	 * stays.
	 * @throws IllegalListingChangeException if no draft waits, or a reason is missing or
	 * too long
	 */
	void reject(String partnerName, Map<ListingField, String> reasons, Actor actor, Instant now) {
		requirePending();
		Map<ListingField, String> given = new EnumMap<>(ListingField.class);
		reasons.forEach((field, reason) -> {
			String why = (reason != null) ? reason.strip() : "";
			if (why.length() > MAX_REASON) {
				throw new IllegalListingChangeException("marketplace.review.reason.tooLong");
			}
			if (!why.isEmpty()) {
				given.put(field, why);
			}
		});
		if (given.isEmpty()) {
			throw new IllegalListingChangeException("marketplace.review.reason.required");
		}
		this.reviewState = ReviewState.REJECTED;
		this.reviewedAt = now;
		this.reviewedBy = actor.name();
		this.rejections.clear();
		this.rejections.putAll(given);
		registerEvent(new ListingRejected(this.id, this.partnerId, partnerName, this.submittedById, given, actor, now));
	}

	private void requirePending() {
		if (this.reviewState != ReviewState.PENDING || this.draftContent == null) {
			throw new IllegalListingChangeException("marketplace.review.notPending");
		}
	}

	UUID id() {
		return this.id;
	}

	UUID partnerId() {
		return this.partnerId;
	}

	ReviewState reviewState() {
		return this.reviewState;
	}

	long version() {
		return this.version;
	}

	boolean isPublished() {
		return this.publishedContent != null;
	}

	ListingDraft published() {
		return (this.publishedContent != null) ? this.publishedContent.toDraft() : null;
	}

	ListingDraft draft() {
		return (this.draftContent != null) ? this.draftContent.toDraft() : null;
	}

	Map<ListingField, String> rejections() {
		return Map.copyOf(this.rejections);
	}

	ListingStatus toStatus() {
		return new ListingStatus(this.id, this.partnerId, this.reviewState, published(), draft(), rejections(),
				this.submittedAt, this.submittedByName, this.reviewedAt, this.reviewedBy, this.publishedAt,
				this.version);
	}

}
