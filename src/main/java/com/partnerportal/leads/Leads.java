package com.partnerportal.leads;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.partnerportal.availability.FeatureAvailability;
import com.partnerportal.availability.PartnerFeature;
import com.partnerportal.catalog.Catalog;
import com.partnerportal.catalog.OfferView;
import com.partnerportal.customer.CustomerContact;
import com.partnerportal.customer.Tenants;
import com.partnerportal.partner.PartnerStanding;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.ConflictException;
import com.partnerportal.platform.ForbiddenException;
import com.partnerportal.platform.NotFoundException;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.platform.SecureTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The leads module's API: contact requests from the marketplace to a partner, the
 * partner's inbox and its answers, their expiry, and the back office's figures. The
 * partner's standing and the marketplace's availability in its cloud instance (and the
 * customer's) are checked at every entry point; ownership is part of every query.
 */
@Service
@Transactional(readOnly = true)
public class Leads {

	static final int EXPIRY_BATCH = 100;

	static final String UNKNOWN_SERVICE = "leads.services.unknown";

	/** A partner that may not sell now takes no contact request (the page says so). */
	public static final String NOT_TAKING_LEADS = "leads.contact.notTaking";

	private static final Logger logger = LoggerFactory.getLogger(Leads.class);

	private final LeadRepository leads;

	private final Partners partners;

	private final Tenants tenants;

	private final Catalog catalog;

	private final FeatureAvailability availability;

	private final LeadMails mails;

	private final LeadProperties properties;

	private final Clock clock;

	Leads(LeadRepository leads, Partners partners, Tenants tenants, Catalog catalog, FeatureAvailability availability,
			LeadMails mails, LeadProperties properties, Clock clock) {
		this.leads = leads;
		this.partners = partners;
		this.tenants = tenants;
		this.catalog = catalog;
		this.availability = availability;
		this.mails = mails;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * The services a contact request may name, in the catalog's order.
	 */
	public List<String> serviceCodes() {
		Set<String> codes = new TreeSet<>();
		for (OfferView offer : this.catalog.allOffers()) {
			codes.addAll(offer.serviceCodes());
		}
		return List.copyOf(codes);
	}

	/**
	 * The partner a contact request may be written to: listed (not hidden, not
	 * suspended), with a signed agreement, the marketplace available in its cloud
	 * instance, and free to sell (a lead is the start of a sale: a partner whose sales
	 * are frozen, or who is past the grace period of the current agreement, takes none).
	 * @return the partner's name
	 * @throws NotFoundException if there is no such partner in the marketplace
	 * @throws com.partnerportal.availability.FeatureNotAvailableException if the
	 * marketplace is switched off in its cloud instance
	 * @throws ConflictException if the partner may not sell now
	 */
	public String contactablePartner(UUID partnerId) {
		PartnerStanding standing;
		try {
			standing = this.partners.standing(partnerId);
		}
		catch (NotFoundException ex) {
			throw new NotFoundException("partner");
		}
		if (!standing.isListed() || !standing.agreementSigned()) {
			throw new NotFoundException("partner");
		}
		this.availability.requireForPartner(partnerId, PartnerFeature.MARKETPLACE);
		String name = this.partners.partner(partnerId).name();
		if (!standing.maySell()) {
			throw new ConflictException(NOT_TAKING_LEADS, name);
		}
		return name;
	}

	/**
	 * What a signed-in customer's form starts from: its contact and company.
	 */
	public CustomerContact contactOf(PortalUser customer) {
		return this.tenants.contact(customer.organizationId());
	}

	/**
	 * A visitor or a signed-in customer ({@code customer} non-null) writes to a partner.
	 * A visitor's request waits for its email to be verified: the mail with the link is
	 * queued with it. A customer's is received at once, from its contact address.
	 * @return whether the request waits for the email's verification
	 * @throws NotFoundException if the partner is not in the marketplace
	 * @throws com.partnerportal.availability.FeatureNotAvailableException if the
	 * marketplace is switched off in the partner's or the customer's cloud instance
	 * @throws ConflictException if a service is unknown
	 */
	@Transactional
	public boolean submit(UUID partnerId, NewLead request, PortalUser customer) {
		String partnerName = contactablePartner(partnerId);
		List<String> known = serviceCodes();
		if (request.serviceCodes().isEmpty() || !known.containsAll(request.serviceCodes())) {
			throw new ConflictException(UNKNOWN_SERVICE);
		}
		NewLead details = new NewLead(request.contactName(), request.email(), request.companyName(),
				request.companySize(), List.copyOf(new LinkedHashSet<>(request.serviceCodes())), request.message(),
				request.language());
		Instant now = this.clock.instant();
		if (customer != null && customer.kind() == AccountKind.CUSTOMER_ADMIN) {
			this.availability.require(PartnerFeature.MARKETPLACE,
					this.tenants.customer(customer.organizationId()).cloudInstance());
			CustomerContact contact = this.tenants.contact(customer.organizationId());
			this.leads.save(Lead.fromCustomer(partnerId, customer.organizationId(), details, contact.email(), now,
					now.plus(this.properties.answerWithin())));
			return false;
		}
		if (customer != null) {
			throw new ForbiddenException("leads.contact.customersOnly");
		}
		SecureTokens.IssuedToken token = SecureTokens.issue();
		Lead lead = this.leads.save(Lead.fromVisitor(partnerId, details, token.hash(),
				now.plus(this.properties.verificationValidity()), now));
		this.mails.queueVerification(lead, partnerName, token.token());
		return true;
	}

	/**
	 * The request a verification link belongs to, for the page that asks to confirm it
	 * (changes nothing: mail scanners open links).
	 * @throws NotFoundException if the link is unknown, used or forged
	 */
	public VerificationLink verificationLink(String token) {
		if (!SecureTokens.looksValid(token)) {
			throw new NotFoundException("lead link");
		}
		Lead lead = this.leads.findByTokenHash(SecureTokens.hash(token))
			.orElseThrow(() -> new NotFoundException("lead link"));
		return new VerificationLink(this.partners.names(List.of(lead.partnerId())).get(lead.partnerId()),
				lead.companyName(), !this.clock.instant().isBefore(lead.tokenExpiresAt()));
	}

	/**
	 * The visitor confirms its email through the link: the partner receives the request.
	 * A second confirmation (a double click, a second tab) finds the link used.
	 * @return the partner's name
	 * @throws NotFoundException if the link is unknown or forged
	 * @throws ConflictException if it was used or has expired
	 */
	@Transactional
	public String verify(String token) {
		if (!SecureTokens.looksValid(token)) {
			throw new NotFoundException("lead link");
		}
		Lead lead = this.leads.lockByTokenHash(SecureTokens.hash(token))
			.orElseThrow(() -> new ConflictException(Lead.LINK_USED));
		String partnerName = contactablePartner(lead.partnerId());
		Instant now = this.clock.instant();
		lead.verify(now, now.plus(this.properties.answerWithin()));
		this.leads.save(lead);
		return partnerName;
	}

	/**
	 * A page of the partner's received leads, newest first, optionally in one state;
	 * whether more follow, without counting them.
	 */
	public Slice<LeadView> inbox(UUID partnerId, LeadState state, Pageable requested) {
		Pageable pageable = PageRequest.of(requested.getPageNumber(), requested.getPageSize());
		Instant now = this.clock.instant();
		Slice<Lead> slice = (state != null) ? this.leads.findReceivedInState(partnerId, state, pageable)
				: this.leads.findReceived(partnerId, pageable);
		return slice.map((lead) -> lead.toView(now));
	}

	/**
	 * One of the partner's received leads.
	 * @throws NotFoundException if it is another partner's, or not verified yet
	 */
	public LeadView get(UUID partnerId, UUID leadId) {
		return this.leads.findByIdAndPartnerId(leadId, partnerId)
			.filter((lead) -> lead.state().isReceived())
			.map((lead) -> lead.toView(this.clock.instant()))
			.orElseThrow(() -> new NotFoundException("lead"));
	}

	/**
	 * A partner admin or sales agent accepts an open lead. Two answers at once are
	 * decided one after the other: the second finds it answered.
	 * @throws ConflictException if it was answered or has expired
	 */
	@Transactional
	public void accept(PortalUser seller, UUID leadId) {
		Lead lead = lockReceived(seller, leadId);
		lead.accept(Actor.of(seller), this.clock.instant());
		this.leads.save(lead);
	}

	/**
	 * A partner admin or sales agent declines an open lead, saying why.
	 * @throws ConflictException if it was answered or has expired
	 */
	@Transactional
	public void decline(PortalUser seller, UUID leadId, DeclineReason reason) {
		Lead lead = lockReceived(seller, leadId);
		lead.decline(Actor.of(seller), reason, this.clock.instant());
		this.leads.save(lead);
	}

	/**
	 * What the trial invitation for an accepted lead starts from.
	 * @throws NotFoundException if the lead is another partner's
	 * @throws ConflictException if it is not accepted, or has its invitation
	 */
	public InvitationPrefill invitationPrefill(UUID partnerId, UUID leadId) {
		Lead lead = this.leads.findByIdAndPartnerId(leadId, partnerId)
			.filter((found) -> found.state().isReceived())
			.orElseThrow(() -> new NotFoundException("lead"));
		if (lead.state() != LeadState.ACCEPTED) {
			throw new ConflictException(Lead.NOT_ACCEPTED);
		}
		if (lead.invitationId() != null) {
			throw new ConflictException(Lead.ALREADY_INVITED);
		}
		return new InvitationPrefill(lead.id(), lead.companyName(), lead.contactName(), lead.email(), lead.language());
	}

	/**
	 * Marks open leads past their deadline expired, and mails each one's customer. Safe
	 * on every instance at once: rows are claimed with SKIP LOCKED.
	 */
	@Scheduled(cron = "${portal.leads.expiry-cron:0 */5 * * * *}")
	@Transactional
	public int expireOverdue() {
		Instant now = this.clock.instant();
		int expired = 0;
		List<Lead> overdue;
		do {
			overdue = this.leads.claimOverdue(now, EXPIRY_BATCH);
			for (Lead lead : overdue) {
				if (lead.expireIfOverdue(now)) {
					this.leads.save(lead);
					expired++;
				}
			}
			this.leads.flush();
		}
		while (overdue.size() == EXPIRY_BATCH);
		if (expired > 0) {
			logger.info("Expired {} contact requests", expired);
		}
		return expired;
	}

	/**
	 * One partner's lead figures (zeros without leads).
	 */
	public LeadFigures figures(UUID partnerId) {
		String name = this.partners.names(List.of(partnerId)).get(partnerId);
		if (name == null) {
			throw new NotFoundException("partner");
		}
		return this.leads.figuresOf(List.of(partnerId))
			.stream()
			.findFirst()
			.map((row) -> toFigures(row, name))
			.orElseGet(() -> LeadFigures.none(partnerId, name));
	}

	/**
	 * The partners that received leads, most recently first, with their figures: three
	 * queries a page.
	 */
	public Slice<LeadFigures> figuresByPartner(Pageable requested) {
		int size = requested.getPageSize();
		List<UUID> ids = new ArrayList<>(this.leads.partnersWithLeads(size + 1, requested.getOffset()));
		boolean hasNext = ids.size() > size;
		if (hasNext) {
			ids.remove(size);
		}
		if (ids.isEmpty()) {
			return new SliceImpl<>(List.of(), PageRequest.of(requested.getPageNumber(), size), false);
		}
		Map<UUID, String> names = this.partners.names(ids);
		Map<UUID, LeadRepository.FiguresRow> rows = this.leads.figuresOf(ids)
			.stream()
			.collect(Collectors.toMap(LeadRepository.FiguresRow::getPartnerId, Function.identity()));
		List<LeadFigures> figures = ids.stream()
			.map((id) -> (rows.containsKey(id)) ? toFigures(rows.get(id), names.get(id))
					: LeadFigures.none(id, names.get(id)))
			.toList();
		return new SliceImpl<>(figures, PageRequest.of(requested.getPageNumber(), size), hasNext);
	}

	private static LeadFigures toFigures(LeadRepository.FiguresRow row, String name) {
		BigDecimal median = row.getMedianAnswerSeconds();
		return new LeadFigures(row.getPartnerId(), name, row.getReceived(), row.getAccepted(), row.getDeclined(),
				row.getExpired(), row.getOpen(), (median != null)
						? Duration.ofSeconds(median.setScale(0, RoundingMode.HALF_UP).longValueExact()) : null);
	}

	private Lead lockReceived(PortalUser seller, UUID leadId) {
		Lead lead = this.leads.lockByIdAndPartnerId(leadId, seller.organizationId())
			.filter((found) -> found.state().isReceived())
			.orElseThrow(() -> new NotFoundException("lead"));
		return lead;
	}

	/**
	 * A verification link as its page shows it.
	 *
	 * @param partnerName the partner written to
	 * @param companyName the company that wrote
	 * @param expired whether the link has expired
	 */
	public record VerificationLink(String partnerName, String companyName, boolean expired) {

	}

}
