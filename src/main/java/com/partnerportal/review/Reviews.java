package com.partnerportal.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.availability.FeatureAvailability;
import com.partnerportal.availability.PartnerFeature;
import com.partnerportal.customer.SubscriptionView;
import com.partnerportal.customer.Subscriptions;
import com.partnerportal.customer.Tenants;
import com.partnerportal.delegation.DelegatedAdminView;
import com.partnerportal.delegation.DelegatedAdmins;
import com.partnerportal.invitation.Invitations;
import com.partnerportal.partner.PartnerStanding;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.ConflictException;
import com.partnerportal.platform.ForbiddenException;
import com.partnerportal.platform.NotFoundException;
import com.partnerportal.platform.PortalUser;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review module's API. Only a customer with a real relationship with a partner
 * reviews it (its Partner of Record, its delegated admin for 30 days or more, or a
 * partner whose purchase offer it accepted), once; the back office moderates; the partner
 * answers a published review once; the marketplace shows the published ones.
 */
@Service
@Transactional(readOnly = true)
public class Reviews {

	/** How long a delegated-admin relationship must have lasted to count. */
	static final Duration DELEGATED_ADMIN_FOR = Duration.ofDays(30);

	static final String NO_RELATIONSHIP = "review.error.noRelationship";

	static final String ALREADY_REVIEWED = "review.error.alreadyReviewed";

	static final int NEWEST = 10;

	private final ReviewRepository reviews;

	private final Partners partners;

	private final Tenants tenants;

	private final Subscriptions subscriptions;

	private final DelegatedAdmins delegatedAdmins;

	private final Invitations invitations;

	private final FeatureAvailability availability;

	private final Clock clock;

	Reviews(ReviewRepository reviews, Partners partners, Tenants tenants, Subscriptions subscriptions,
			DelegatedAdmins delegatedAdmins, Invitations invitations, FeatureAvailability availability, Clock clock) {
		this.reviews = reviews;
		this.partners = partners;
		this.tenants = tenants;
		this.subscriptions = subscriptions;
		this.delegatedAdmins = delegatedAdmins;
		this.invitations = invitations;
		this.availability = availability;
		this.clock = clock;
	}

	/**
	 * Whether the customer has a relationship with the partner that lets it review it.
	 */
	public boolean mayReview(UUID customerId, UUID partnerId) {
		return isPartnerOfRecord(this.subscriptions.subscriptions(customerId), partnerId)
				|| delegatedAdminLongEnough(this.delegatedAdmins.history(customerId), partnerId)
				|| this.invitations.hasAcceptedPurchaseOffer(partnerId, customerId);
	}

	/**
	 * The partners the customer may review and has not reviewed yet, by name.
	 */
	public Map<UUID, String> reviewablePartners(UUID customerId) {
		List<SubscriptionView> subscriptions = this.subscriptions.subscriptions(customerId);
		List<DelegatedAdminView> history = this.delegatedAdmins.history(customerId);
		Set<UUID> candidates = new LinkedHashSet<>();
		for (SubscriptionView subscription : subscriptions) {
			addIfPresent(candidates, subscription.partnerOfRecordId());
			addIfPresent(candidates, subscription.soldByPartnerId());
		}
		history.forEach((relationship) -> candidates.add(relationship.partnerId()));
		Set<UUID> reviewed = new HashSet<>();
		this.reviews.findByCustomerIdOrderByCreatedAtDesc(customerId)
			.forEach((review) -> reviewed.add(review.partnerId()));
		Set<UUID> eligible = new LinkedHashSet<>();
		for (UUID partnerId : candidates) {
			if (!reviewed.contains(partnerId)
					&& (isPartnerOfRecord(subscriptions, partnerId) || delegatedAdminLongEnough(history, partnerId)
							|| this.invitations.hasAcceptedPurchaseOffer(partnerId, customerId))) {
				eligible.add(partnerId);
			}
		}
		return eligible.isEmpty() ? Map.of() : this.partners.names(eligible);
	}

	/**
	 * The customer's own reviews, newest first.
	 */
	public List<ReviewView> ofCustomer(UUID customerId) {
		List<Review> own = this.reviews.findByCustomerIdOrderByCreatedAtDesc(customerId);
		Set<UUID> partnerIds = new HashSet<>();
		own.forEach((review) -> partnerIds.add(review.partnerId()));
		Map<UUID, String> names = partnerIds.isEmpty() ? Map.of() : this.partners.names(partnerIds);
		return own.stream().map((review) -> review.toView(names.get(review.partnerId()), null)).toList();
	}

	/**
	 * The name of a partner the customer may review now.
	 * @throws NotFoundException if there is no such partner
	 * @throws ForbiddenException if the customer has no relationship that lets it review
	 * @throws ConflictException if it reviewed the partner already
	 */
	public String partnerToReview(PortalUser customerAdmin, UUID partnerId) {
		UUID customerId = requireCustomer(customerAdmin);
		String name = this.partners.names(List.of(partnerId)).get(partnerId);
		if (name == null) {
			throw new NotFoundException("partner");
		}
		this.availability.require(PartnerFeature.MARKETPLACE, this.tenants.customer(customerId).cloudInstance());
		if (!mayReview(customerId, partnerId)) {
			throw new ForbiddenException(NO_RELATIONSHIP);
		}
		if (this.reviews.existsByCustomerIdAndPartnerId(customerId, partnerId)) {
			throw new ConflictException(ALREADY_REVIEWED);
		}
		return name;
	}

	/**
	 * A customer admin reviews a partner; the review waits for moderation. Two at once
	 * end with one (a unique constraint).
	 * @throws ForbiddenException if the customer has no relationship that lets it review
	 * @throws ConflictException if it reviewed the partner already
	 */
	@Transactional
	public UUID write(PortalUser customerAdmin, UUID partnerId, int rating, String body) {
		partnerToReview(customerAdmin, partnerId);
		Review review = new Review(partnerId, customerAdmin.organizationId(), customerAdmin.displayName(), rating, body,
				Actor.of(customerAdmin), this.clock.instant());
		try {
			this.reviews.saveAndFlush(review);
		}
		catch (DataIntegrityViolationException ex) {
			throw new ConflictException(ALREADY_REVIEWED);
		}
		return review.id();
	}

	/**
	 * The back office's moderation list: reviews in one state (waiting ones first by
	 * default, oldest first).
	 */
	public Slice<ReviewView> forModeration(ReviewState state, Pageable requested) {
		Pageable pageable = PageRequest.of(requested.getPageNumber(), requested.getPageSize());
		Slice<Review> slice = (state == null || state == ReviewState.PENDING) ? this.reviews.findPending(pageable)
				: this.reviews.findInState(state, pageable);
		Set<UUID> partnerIds = new HashSet<>();
		Set<UUID> customerIds = new HashSet<>();
		slice.forEach((review) -> {
			partnerIds.add(review.partnerId());
			customerIds.add(review.customerId());
		});
		Map<UUID, String> partnerNames = partnerIds.isEmpty() ? Map.of() : this.partners.names(partnerIds);
		Map<UUID, String> customerNames = customerIds.isEmpty() ? Map.of() : this.tenants.names(customerIds);
		return slice.map((review) -> review.toView(partnerNames.get(review.partnerId()),
				customerNames.get(review.customerId())));
	}

	/**
	 * A back-office admin publishes a waiting review. Two decisions at once: the second
	 * finds it moderated.
	 * @throws ConflictException if it was moderated already
	 */
	@Transactional
	public void publish(PortalUser moderator, UUID reviewId) {
		Review review = lockForModeration(moderator, reviewId);
		review.publish(Actor.of(moderator), this.clock.instant());
		this.reviews.save(review);
	}

	/**
	 * Checks that the review exists (a rejected form comes back only for a real one).
	 * @throws NotFoundException if there is no such review
	 */
	public void requireKnown(UUID reviewId) {
		if (!this.reviews.existsById(reviewId)) {
			throw new NotFoundException("review");
		}
	}

	/**
	 * A back-office admin rejects a waiting review, saying why.
	 * @throws ConflictException if it was moderated already
	 */
	@Transactional
	public void reject(PortalUser moderator, UUID reviewId, RejectReason reason, String note) {
		Review review = lockForModeration(moderator, reviewId);
		review.reject(Actor.of(moderator), reason, blankToNull(note), this.clock.instant());
		this.reviews.save(review);
	}

	/**
	 * A page of the partner's published reviews, newest first.
	 */
	public Slice<ReviewView> ofPartner(UUID partnerId, Pageable requested) {
		Pageable pageable = PageRequest.of(requested.getPageNumber(), requested.getPageSize());
		Slice<Review> slice = this.reviews.findPublished(partnerId, pageable);
		Set<UUID> customerIds = new HashSet<>();
		slice.forEach((review) -> customerIds.add(review.customerId()));
		Map<UUID, String> names = customerIds.isEmpty() ? Map.of() : this.tenants.names(customerIds);
		return slice.map((review) -> review.toView(null, names.get(review.customerId())));
	}

	/**
	 * A partner admin answers a published review of its partner, once.
	 * @throws NotFoundException if the review is of another partner
	 * @throws ConflictException if it is not published or was answered already
	 */
	@Transactional
	public void answer(PortalUser partnerAdmin, UUID reviewId, String text) {
		if (partnerAdmin.kind() != AccountKind.PARTNER_USER) {
			throw new ForbiddenException("review.error.partnersOnly");
		}
		Review review = this.reviews.lockByIdAndPartnerId(reviewId, partnerAdmin.organizationId())
			.orElseThrow(() -> new NotFoundException("review"));
		review.answer(Actor.of(partnerAdmin), text, this.clock.instant());
		this.reviews.save(review);
	}

	/**
	 * What the marketplace shows of a listed partner's reviews: two queries.
	 * @throws NotFoundException if the partner is not in the marketplace
	 */
	public ReviewSummary published(UUID partnerId) {
		PartnerStanding standing;
		try {
			standing = this.partners.standing(partnerId);
		}
		catch (NotFoundException ex) {
			throw new NotFoundException("partner");
		}
		if (!standing.isListed()) {
			throw new NotFoundException("partner");
		}
		ReviewRepository.Summary summary = this.reviews.summarize(partnerId);
		List<ReviewView> newest = this.reviews.findPublished(partnerId, PageRequest.of(0, NEWEST))
			.map((review) -> review.toView(null, null))
			.getContent();
		BigDecimal average = (summary.getAverage() != null) ? summary.getAverage().setScale(1, RoundingMode.HALF_UP)
				: null;
		return new ReviewSummary(summary.getCount(), average, newest);
	}

	private Review lockForModeration(PortalUser moderator, UUID reviewId) {
		if (moderator.kind() != AccountKind.BACK_OFFICE_ADMIN) {
			throw new ForbiddenException("review.error.backOfficeOnly");
		}
		return this.reviews.lockById(reviewId).orElseThrow(() -> new NotFoundException("review"));
	}

	private UUID requireCustomer(PortalUser user) {
		if (user == null || user.kind() != AccountKind.CUSTOMER_ADMIN) {
			throw new ForbiddenException("review.error.customersOnly");
		}
		return user.organizationId();
	}

	private static boolean isPartnerOfRecord(List<SubscriptionView> subscriptions, UUID partnerId) {
		return subscriptions.stream().anyMatch((subscription) -> partnerId.equals(subscription.partnerOfRecordId()));
	}

	private boolean delegatedAdminLongEnough(List<DelegatedAdminView> history, UUID partnerId) {
		Instant now = this.clock.instant();
		return history.stream()
			.filter((relationship) -> relationship.partnerId().equals(partnerId) && relationship.approvedAt() != null)
			.anyMatch((relationship) -> !Duration
				.between(relationship.approvedAt(), (relationship.endedAt() != null) ? relationship.endedAt() : now)
				.minus(DELEGATED_ADMIN_FOR)
				.isNegative());
	}

	private static void addIfPresent(Set<UUID> ids, UUID id) {
		if (id != null) {
			ids.add(id);
		}
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
