package com.partnerportal.marketplace;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.partnerportal.customer.CustomerAccounts;
import com.partnerportal.customer.Subscriptions;
import com.partnerportal.invitation.InvitationAcceptance;
import com.partnerportal.invitation.Invitations;
import com.partnerportal.leads.CompanySize;
import com.partnerportal.leads.LeadAnswered;
import com.partnerportal.leads.Leads;
import com.partnerportal.leads.NewLead;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.platform.security.BackOfficeAdmins;
import com.partnerportal.platform.web.SupportedLanguages;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestTenants;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
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
	Leads leads;

	@Autowired
	JdbcTemplate jdbc;

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
		UUID repeated = lead(fast);
		answered(fast, repeated, received, Duration.ofHours(2));
		answered(fast, repeated, received, Duration.ofHours(2));
		answered(fast, lead(fast), received, Duration.ofHours(4));
		answered(fast, lead(fast), received, Duration.ofHours(10));
		answered(slow, lead(slow), received, Duration.ofHours(30));

		await().untilAsserted(() -> {
			PartnerBadgeFigures badges = this.search.listing(fast).orElseThrow().badges();
			assertThat(badges).isEqualTo(new PartnerBadgeFigures(1, 1, 3, 240, 1, 0));
			assertThat(badges.conversionPercent()).isZero();
			assertThat(badges.medianResponseHours()).isEqualTo(4);
			assertThat(this.search.listing(slow).orElseThrow().badges().medianResponseMinutes()).isEqualTo(1800);
		});
		assertThat(ids(word, SearchOrder.RESPONSE_TIME)).containsExactly(fast, slow);
	}

	/** A real contact request to the partner (the leads module's mails read it). */
	private UUID lead(UUID partnerId) {
		this.leads.submit(partnerId, new NewLead("Vera Visitor", TestData.uniqueEmail("lead"), "Visitor Company",
				CompanySize.SMALL, List.of("MAIL"), "Please call us.", SupportedLanguages.DEFAULT.getLanguage()), null);
		return this.jdbc.queryForObject("select id from lead where partner_id = ? order by created_at desc, id limit 1",
				UUID.class, partnerId);
	}

	private void answered(UUID partnerId, UUID leadId, Instant received, Duration after) {
		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(new LeadAnswered(leadId, partnerId,
				null, "Visitor Company", received, received.plus(after), true, null, Actor.system())));
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
