package com.partnerportal.review;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.Actor;
import com.partnerportal.platform.AggregateRoot;
import com.partnerportal.platform.ConflictException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A customer's review of a partner. Guards its own lifecycle: moderated once (published,
 * or rejected with a reason); answered by the partner once, and only when published.
 */
@Entity
@Table(name = "review")
class Review extends AggregateRoot<Review> {

	static final String ALREADY_MODERATED = "review.error.alreadyModerated";

	static final String NOT_PUBLISHED = "review.error.notPublished";

	static final String ALREADY_ANSWERED = "review.error.alreadyAnswered";

	@Id
	private UUID id;

	private UUID partnerId;

	private UUID customerId;

	private String authorName;

	private int rating;

	private String body;

	@Enumerated(EnumType.STRING)
	private ReviewState state;

	private Instant createdAt;

	private Instant moderatedAt;

	private String moderatedByName;

	@Enumerated(EnumType.STRING)
	private RejectReason rejectReason;

	private String rejectNote;

	private String answer;

	private Instant answeredAt;

	private String answeredByName;

	@Version
	private long version;

	protected Review() {
	}

	Review(UUID partnerId, UUID customerId, String authorName, int rating, String body, Actor author, Instant now) {
		if (rating < 1 || rating > 5) {
			throw new IllegalArgumentException("A rating is from 1 to 5");
		}
		this.id = UUID.randomUUID();
		this.partnerId = partnerId;
		this.customerId = customerId;
		this.authorName = authorName;
		this.rating = rating;
		this.body = body;
		this.state = ReviewState.PENDING;
		this.createdAt = now;
		registerEvent(new ReviewWritten(this.id, partnerId, customerId, rating, author, now));
	}

	/**
	 * The back office publishes the review.
	 * @throws ConflictException if it was moderated already
	 */
	void publish(Actor moderator, Instant now) {
		requirePending();
		this.state = ReviewState.PUBLISHED;
		moderated(moderator, now);
	}

	/**
	 * The back office rejects the review, saying why.
	 * @throws ConflictException if it was moderated already
	 */
	void reject(Actor moderator, RejectReason reason, String note, Instant now) {
		if (reason == null) {
			throw new IllegalArgumentException("A rejection has a reason");
		}
		requirePending();
		this.state = ReviewState.REJECTED;
		this.rejectReason = reason;
		this.rejectNote = note;
		moderated(moderator, now);
	}

	/**
	 * The partner answers its published review, once.
	 * @throws ConflictException if it is not published or was answered already
	 */
	void answer(Actor partnerUser, String text, Instant now) {
		if (this.state != ReviewState.PUBLISHED) {
			throw new ConflictException(NOT_PUBLISHED);
		}
		if (this.answer != null) {
			throw new ConflictException(ALREADY_ANSWERED);
		}
		this.answer = text;
		this.answeredAt = now;
		this.answeredByName = partnerUser.name();
		registerEvent(new ReviewAnswered(this.id, this.partnerId, this.customerId, partnerUser, now));
	}

	private void moderated(Actor moderator, Instant now) {
		this.moderatedAt = now;
		this.moderatedByName = moderator.name();
		registerEvent(new ReviewModerated(this.id, this.partnerId, this.customerId, this.state, this.rejectReason,
				moderator, now));
	}

	private void requirePending() {
		if (this.state != ReviewState.PENDING) {
			throw new ConflictException(ALREADY_MODERATED);
		}
	}

	UUID id() {
		return this.id;
	}

	UUID partnerId() {
		return this.partnerId;
	}

	UUID customerId() {
		return this.customerId;
	}

	ReviewState state() {
		return this.state;
	}

	String answer() {
		return this.answer;
	}

	ReviewView toView(String partnerName, String customerName) {
		return new ReviewView(this.id, this.partnerId, partnerName, this.customerId, customerName, this.authorName,
				this.rating, this.body, this.state, this.createdAt, this.moderatedAt, this.moderatedByName,
				this.rejectReason, this.rejectNote, this.answer, this.answeredAt, this.version);
	}

}
