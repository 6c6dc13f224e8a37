package com.partnerportal.marketplace;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.partnerportal.availability.FeatureAvailability;
import com.partnerportal.availability.PartnerFeature;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.PartnerView;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.ConflictException;
import com.partnerportal.platform.ForbiddenException;
import com.partnerportal.platform.NotFoundException;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.platform.SortableColumns;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The marketplace's listings: a partner admin writes its partner's listing and sends it
 * to review; the back office approves it (it is published, replacing what was) or rejects
 * it with reasons on named fields. Mails and activity entries come from the events.
 */
@Service
@Transactional(readOnly = true)
public class Listings {

	/** The review queue: oldest submission first unless asked. */
	static final SortableColumns QUEUE_COLUMNS = SortableColumns.of(Sort.by("submittedAt"), "submittedAt");

	private final ListingRepository listings;

	private final Partners partners;

	private final FeatureAvailability availability;

	private final Clock clock;

	Listings(ListingRepository listings, Partners partners, FeatureAvailability availability, Clock clock) {
		this.listings = listings;
		this.partners = partners;
		this.availability = availability;
		this.clock = clock;
	}

	/** The partner's listing, if it wrote one. */
	public Optional<ListingStatus> ofPartner(UUID partnerId) {
		return this.listings.findByPartnerId(partnerId).map(Listing::toStatus);
	}

	/**
	 * Sends the partner admin's listing to review (a first listing, or an edit of the
	 * published one, which stays published meanwhile).
	 * @throws ForbiddenException if the user is not a partner admin
	 * @throws ListingInputException if a choice breaks a rule (a service the partner is
	 * not authorized for)
	 * @throws com.partnerportal.availability.FeatureNotAvailableException if the
	 * marketplace is switched off in the partner's cloud instance
	 */
	@Transactional
	public ListingStatus submit(PortalUser user, ListingDraft draft) {
		if (user.kind() != AccountKind.PARTNER_USER || !user.hasRole(PartnerRole.PARTNER_ADMIN.name())) {
			throw new ForbiddenException("marketplace.listing.adminOnly");
		}
		UUID partnerId = user.organizationId();
		PartnerView partner = this.partners.partner(partnerId);
		this.availability.require(PartnerFeature.MARKETPLACE, partner.cloudInstance());
		check(draft, partner);
		Listing listing = this.listings.findByPartnerIdForUpdate(partnerId).orElseGet(() -> new Listing(partnerId));
		listing.submit(partner.name(), draft, Actor.of(user), this.clock.instant());
		try {
			// flushed, so that the status carries the version a reviewer decides on
			return this.listings.saveAndFlush(listing).toStatus();
		}
		catch (DataIntegrityViolationException ex) {
			// two first submissions of one partner at once: the other one won
			throw new ConflictException("marketplace.listing.concurrent");
		}
	}

	/** The review queue: listings whose draft is in {@code state}, oldest first. */
	public Slice<ListingQueueEntry> queue(ReviewState state, Pageable pageable) {
		return this.listings.findQueue((state != null) ? state : ReviewState.PENDING, QUEUE_COLUMNS.sorted(pageable));
	}

	/** How many listings wait for review. */
	public long pendingCount() {
		return this.listings.countPending();
	}

	/** A listing as the back office reviews it, with its partner. */
	public ListingReview review(UUID listingId) {
		Listing listing = this.listings.findById(listingId).orElseThrow(() -> new NotFoundException("listing"));
		return new ListingReview(listing.toStatus(), this.partners.partner(listing.partnerId()));
	}

	/**
	 * Publishes the listing's waiting draft.
	 * @throws ConflictException if the listing changed since the reviewer saw it, or no
	 * draft waits
	 */
	@Transactional
	public void approve(PortalUser admin, UUID listingId, long version) {
		Listing listing = forDecision(listingId, version);
		try {
			listing.approve(this.partners.partner(listing.partnerId()).name(), Actor.of(admin), this.clock.instant());
		}
		catch (IllegalListingChangeException ex) {
			throw new ConflictException(ex.messageKey());
		}
		this.listings.saveAndFlush(listing);
	}

	/**
	 * Sends the listing's waiting draft back with a reason on each named field.
	 * @throws IllegalListingChangeException if no reason is given, or one is too long
	 * @throws ConflictException if the listing changed since the reviewer saw it, or no
	 * draft waits
	 */
	@Transactional
	public void reject(PortalUser admin, UUID listingId, long version, Map<ListingField, String> reasons) {
		Listing listing = forDecision(listingId, version);
		if (listing.reviewState() != ReviewState.PENDING) {
			throw new ConflictException("marketplace.review.notPending");
		}
		listing.reject(this.partners.partner(listing.partnerId()).name(), reasons, Actor.of(admin),
				this.clock.instant());
		this.listings.save(listing);
	}

	private Listing forDecision(UUID listingId, long version) {
		Listing listing = this.listings.findForUpdate(listingId).orElseThrow(() -> new NotFoundException("listing"));
		if (listing.version() != version) {
			throw new ConflictException("marketplace.review.stale");
		}
		return listing;
	}

	/**
	 * The rules a draft must meet, whatever form sent it.
	 */
	static void check(ListingDraft draft, PartnerView partner) {
		String en = (draft.descriptionEn() != null) ? draft.descriptionEn().strip() : "";
		if (en.length() < ListingDraft.MIN_DESCRIPTION) {
			throw new ListingInputException(ListingField.DESCRIPTION_EN.formField(),
					"marketplace.listing.descriptionEn.required");
		}
		for (ListingField field : new ListingField[] { ListingField.DESCRIPTION_EN, ListingField.DESCRIPTION_JA,
				ListingField.DESCRIPTION_KO }) {
			String text = switch (field) {
				case DESCRIPTION_JA -> draft.descriptionJa();
				case DESCRIPTION_KO -> draft.descriptionKo();
				default -> draft.descriptionEn();
			};
			if (text != null && text.strip().length() > ListingDraft.MAX_DESCRIPTION) {
				throw new ListingInputException(field.formField(), "marketplace.listing.description.tooLong");
			}
		}
		requireSome(draft.serviceCodes().isEmpty(), ListingField.SERVICES);
		requireSome(draft.regions().isEmpty(), ListingField.REGIONS);
		requireSome(draft.languages().isEmpty(), ListingField.LANGUAGES);
		requireSome(draft.cloudInstances().isEmpty(), ListingField.CLOUD_INSTANCES);
		requireSome(draft.customerSizes().isEmpty(), ListingField.CUSTOMER_SIZES);
		requireSome(draft.contactPreferences().isEmpty(), ListingField.CONTACT_PREFERENCES);
		for (String code : draft.serviceCodes()) {
			if (!partner.mayOffer(code)) {
				throw new ListingInputException(ListingField.SERVICES.formField(),
						"marketplace.listing.services.notAuthorized");
			}
		}
	}

	private static void requireSome(boolean empty, ListingField field) {
		if (empty) {
			throw new ListingInputException(field.formField(), "marketplace.listing.choice.required");
		}
	}

}
