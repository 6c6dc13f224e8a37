package com.partnerportal.marketplace;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.partnerportal.customer.CustomerAccounts;
import com.partnerportal.customer.Subscriptions;
import com.partnerportal.invitation.InvitationAcceptance;
import com.partnerportal.invitation.Invitations;
import com.partnerportal.leads.LeadAnswered;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.platform.security.BackOfficeAdmins;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestTenants;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Badges come from the portal's records through events, never from the partner: a
 * customer's accepted trial with delegated admin counts a customer served, a trial and an
 * active relationship; answered contact requests ({@link LeadAnswered}) give the median
 * answer time, by which the search sorts; an event delivered twice counts once.
 */
@PortalIntegrationTest
class PartnerBadgesTest {

	@Autowired
	MarketplaceSearch search;

	@Autowired
	Listings listings;

	@Autowired
	Partners partners;

	@Autowired
	BackOfficeAdmins backOffice;

	@Autowired
	Invitations invitations;

	@Autowired
	InvitationAcceptance acceptance;

	@Autowired
	CustomerAccounts customerAccounts;

	@Autowired
	Subscriptions subscriptions;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	TestData testData;

	@Test
	void badgesAreComputedFromCustomersRelationshipsAndAnsweredLeads() {
		String word = "zb" + UUID.randomUUID().toString().substring(0, 8);
		UUID fast = listedPartner(word);
		UUID slow = listedPartner(word);
		PortalUser seller = this.partners.findForSignIn(this.testData.user(fast, PartnerRole.SALES_AGENT))
			.orElseThrow();
		new TestTenants(this.testData, this.partners, this.invitations, this.acceptance, this.customerAccounts,
				this.subscriptions)
			.acceptedTrial(seller, true);

		Instant received = Instant.parse("2026-11-02T09:00:00Z");
		UUID repeated = UUID.randomUUID();
		answered(fast, repeated, received, Duration.ofHours(2));
		answered(fast, repeated, received, Duration.ofHours(2));
		answered(fast, UUID.randomUUID(), received, Duration.ofHours(4));
		answered(fast, UUID.randomUUID(), received, Duration.ofHours(10));
		answered(slow, UUID.randomUUID(), received, Duration.ofHours(30));

		await().untilAsserted(() -> {
			PartnerBadgeFigures badges = this.search.listing(fast).orElseThrow().badges();
			assertThat(badges).isEqualTo(new PartnerBadgeFigures(1, 1, 3, 240, 1, 0));
			assertThat(badges.conversionPercent()).isZero();
			assertThat(badges.medianResponseHours()).isEqualTo(4);
			assertThat(this.search.listing(slow).orElseThrow().badges().medianResponseMinutes()).isEqualTo(1800);
		});
		assertThat(ids(word, SearchOrder.RESPONSE_TIME)).containsExactly(fast, slow);
	}

	private void answered(UUID partnerId, UUID leadId, Instant received, Duration after) {
		this.transactions.executeWithoutResult((status) -> this.events
			.publishEvent(new LeadAnswered(leadId, partnerId, received, received.plus(after), true)));
	}

	private UUID listedPartner(String word) {
		UUID partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		PortalUser author = this.partners.findForSignIn(this.testData.user(partnerId, PartnerRole.PARTNER_ADMIN))
			.orElseThrow();
		ListingStatus status = this.listings.submit(author,
				MarketplaceSearchTest.draft("We answer every request for " + word + " quickly."));
		this.listings.approve(this.backOffice.findForSignIn("admin@operator.example").orElseThrow(), status.listingId(),
				status.version());
		return partnerId;
	}

	private List<UUID> ids(String word, SearchOrder order) {
		return this.search
			.search(new MarketplaceQuery(word, null, null, null, null, null, null, order), PageRequest.of(0, 20))
			.map(MarketplaceListing::partnerId)
			.getContent();
	}

}
