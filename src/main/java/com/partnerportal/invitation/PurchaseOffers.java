package com.partnerportal.invitation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.availability.FeatureAvailability;
import com.partnerportal.availability.PartnerFeature;
import com.partnerportal.catalog.Catalog;
import com.partnerportal.catalog.OfferView;
import com.partnerportal.invitation.InvitationRejectedException.Reason;
import com.partnerportal.partner.PartnerView;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.platform.SecureTokens;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The invitation module's API for purchase offers: a partner offers a customer licenses
 * of one or more offers, billed monthly or annually, at the catalog price of the moment;
 * the customer accepts by the emailed link ({@link InvitationAcceptance}).
 */
@Service
@Transactional(readOnly = true)
public class PurchaseOffers {

	public static final int DEFAULT_VALID_DAYS = 30;

	public static final int MAX_VALID_DAYS = 90;

	/**
	 * The most lines an offer has: the form shows this many rows, and says so.
	 */
	public static final int MAX_LINES = 5;

	private static final Duration REMINDER = Duration.ofDays(3);

	private static final int BATCH = 100;

	private final InvitationRepository invitations;

	private final InvitationRecipients recipients;

	private final OpenDelegatedAdminRequests delegatedAdminRequests;

	private final InvitationMails mails;

	private final Catalog catalog;

	private final Partners partners;

	private final Clock clock;

	private final FeatureAvailability availability;

	PurchaseOffers(InvitationRepository invitations, InvitationRecipients recipients,
			OpenDelegatedAdminRequests delegatedAdminRequests, InvitationMails mails, Catalog catalog,
			Partners partners, Clock clock, FeatureAvailability availability) {
		this.invitations = invitations;
		this.recipients = recipients;
		this.delegatedAdminRequests = delegatedAdminRequests;
		this.mails = mails;
		this.catalog = catalog;
		this.partners = partners;
		this.clock = clock;
		this.availability = availability;
	}

	/**
	 * The offers this partner may sell: those whose services all fall in its authorized
	 * service types.
	 */
	public List<OfferView> offersFor(UUID partnerId) {
		Set<String> authorized = this.partners.partner(partnerId).authorizedServiceCodes();
		return this.catalog.allOffers().stream().filter((offer) -> offer.isCoveredBy(authorized)).toList();
	}

	/**
	 * Prices the lines at today's catalog prices.
	 * @throws InvitationRejectedException saying why the first line that is not
	 * acceptable is not, and which line it is
	 */
	public PurchaseQuote quote(UUID partnerId, List<PurchaseOfferLine> lines) {
		Set<String> authorized = this.partners.partner(partnerId).authorizedServiceCodes();
		return PurchaseQuote.of(price(authorized, lines));
	}

	/**
	 * Stores the offer, with the price of each line as of now, and its mail, in one
	 * transaction.
	 */
	@Transactional
	public UUID send(PortalUser sender, NewPurchaseOffer command) {
		return send(sender, command, false);
	}

	/**
	 * As {@link #send(PortalUser, NewPurchaseOffer)}; a new customer's email that has an
	 * open invitation of this partner, or a tenant, is refused unless
	 * {@code sendDespiteDuplicates} (the partner was told and confirmed).
	 * @throws RecipientAlreadyKnownException saying what the email already has
	 */
	@Transactional
	public UUID send(PortalUser sender, NewPurchaseOffer command, boolean sendDespiteDuplicates) {
		PartnerView partner = this.partners.sellingPartnerOf(sender);
		this.availability.require(PartnerFeature.PURCHASE_OFFERS, partner.cloudInstance());
		if (command.validDays() < 1 || command.validDays() > MAX_VALID_DAYS) {
			throw new InvitationRejectedException(Reason.VALIDITY_OUT_OF_RANGE);
		}
		PurchaseQuote quote = PurchaseQuote.of(price(partner.authorizedServiceCodes(), command.lines()));
		Recipient recipient = this.recipients.recipient(partner.id(), command.customerId(), command.companyName(),
				command.contactName(), command.email(), command.language());
		Instant now = this.clock.instant();
		this.recipients.requireNoDuplicateUnlessConfirmed(partner.id(), recipient, sendDespiteDuplicates, now);
		SecureTokens.IssuedToken token = SecureTokens.issue();
		List<InvitationLine> lines = quote.lines()
			.stream()
			.map((line) -> InvitationLine.purchase(line.offerCode(), line.quantity(), line.billingTerm(),
					line.unitPrice()))
			.toList();
		Invitation offer = new Invitation(InvitationKind.PURCHASE, partner.id(), sender.accountId(),
				recipient.customerId(), recipient.companyName(), recipient.contactName(), recipient.email(),
				recipient.language(), Invitations.blankToNull(command.personalMessage()), lines, token.hash(),
				now.plus(Duration.ofDays(command.validDays())), now);
		this.delegatedAdminRequests.requestIf(command.requestedTerms(), offer, partner);
		offer.recordSent(Actor.of(sender));
		this.delegatedAdminRequests.saveNew(offer);
		this.mails.queueInvitation(offer, partner, token.token());
		return offer.id();
	}

	/**
	 * Reminds customers of offers that expire within three days, once, with a fresh link
	 * (the link in the first mail stops working: only the hash of one link is kept).
	 */
	@Scheduled(cron = "${portal.invitations.reminder-cron:0 17 * * * *}")
	@Transactional
	public int remindExpiring() {
		Instant now = this.clock.instant();
		List<Invitation> expiring = this.invitations.claimToRemind(now, now.plus(REMINDER), BATCH)
			.stream()
			.filter((offer) -> this.availability.availableForPartner(offer.partnerId(), PartnerFeature.PURCHASE_OFFERS))
			.toList();
		for (Invitation offer : expiring) {
			SecureTokens.IssuedToken token = SecureTokens.issue();
			offer.remind(token.hash(), now);
			this.mails.queueReminder(offer, this.partners.partner(offer.partnerId()), token.token());
		}
		return expiring.size();
	}

	private List<QuoteLine> price(Set<String> authorized, List<PurchaseOfferLine> lines) {
		if (lines.isEmpty()) {
			throw new InvitationRejectedException(Reason.NO_LINES);
		}
		if (lines.size() > MAX_LINES) {
			throw new InvitationRejectedException(Reason.TOO_MANY_LINES, MAX_LINES);
		}
		List<QuoteLine> priced = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		String currency = null;
		for (int i = 0; i < lines.size(); i++) {
			PurchaseOfferLine line = lines.get(i);
			int index = i;
			OfferView offer = this.catalog.offer(line.offerCode())
				.filter((candidate) -> candidate.isCoveredBy(authorized))
				.orElseThrow(() -> InvitationRejectedException.ofLine(index, Reason.LINE_OFFER_NOT_AUTHORIZED));
			if (!seen.add(offer.code())) {
				throw InvitationRejectedException.ofLine(i, Reason.LINE_OFFER_REPEATED);
			}
			if (line.quantity() == null || !offer.allowsQuantity(line.quantity())) {
				throw InvitationRejectedException.ofLine(i, Reason.LINE_QUANTITY_OUT_OF_RANGE);
			}
			if (line.billingTerm() == null) {
				throw InvitationRejectedException.ofLine(i, Reason.LINE_WITHOUT_BILLING_TERM);
			}
			String lineCurrency = offer.price(line.billingTerm()).currency().getCurrencyCode();
			if (currency != null && !currency.equals(lineCurrency)) {
				throw InvitationRejectedException.ofLine(i, Reason.LINE_IN_ANOTHER_CURRENCY);
			}
			currency = lineCurrency;
			priced
				.add(new QuoteLine(offer.code(), line.quantity(), line.billingTerm(), offer.price(line.billingTerm())));
		}
		return priced;
	}

}
