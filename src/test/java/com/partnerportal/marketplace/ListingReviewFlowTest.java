package com.partnerportal.marketplace;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.ConflictException;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.platform.security.BackOfficeAdmins;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestMailServer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * A listing through its review on the real database: submitted, in the queue and counted
 * on the back office's home, rejected with reasons (mailed in the partner admin's
 * language, audited), corrected and approved; an edit waits while the published listing
 * stays in the search; a decision on a stale page and a service the partner is not
 * authorized for are refused, nothing saved.
 */
@PortalIntegrationTest
class ListingReviewFlowTest {

	@Autowired
	Listings listings;

	@Autowired
	MarketplaceSearch search;

	@Autowired
	Partners partners;

	@Autowired
	BackOfficeAdmins backOffice;

	@Autowired
	TestData testData;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aListingIsRejectedWithReasonsThenCorrectedApprovedAndEdited() throws Exception {
		String word = "zr" + UUID.randomUUID().toString().substring(0, 8);
		UUID partnerId = this.testData.signedPartner(Set.of("MAIL"));
		String email = TestData.uniqueEmail("listing-admin");
		this.partners.addUser(partnerId, email, "Kenji", TestData.PASSWORD, "ja", Set.of(PartnerRole.PARTNER_ADMIN));
		PortalUser author = this.partners.findForSignIn(email).orElseThrow();
		PortalUser admin = this.backOffice.findForSignIn("admin@operator.example").orElseThrow();
		long waitingBefore = this.listings.pendingCount();

		ListingStatus submitted = this.listings.submit(author,
				MarketplaceSearchTest.draft("Buy now " + word + " best prices!!!"));
		assertThat(this.listings.pendingCount()).isEqualTo(waitingBefore + 1);
		assertThat(queued(ReviewState.PENDING)).contains(submitted.listingId());
		assertThat(ids(word)).isEmpty();

		this.listings.reject(admin, submitted.listingId(), submitted.version(),
				Map.of(ListingField.DESCRIPTION_EN, "Describe what you do, not prices."));
		ListingStatus rejected = this.listings.ofPartner(partnerId).orElseThrow();
		assertThat(rejected.isRejected()).isTrue();
		assertThat(rejected.rejectionOf("descriptionEn")).isEqualTo("Describe what you do, not prices.");
		assertThat(queued(ReviewState.REJECTED)).contains(submitted.listingId());
		TestMailServer.awaitMail(email, "差し戻されました");
		assertThat(this.jdbc.queryForObject(
				"select text_body from mail_message where recipient = ? and subject like '%差し戻されました'", String.class,
				email))
			.contains("英語の紹介文: Describe what you do, not prices.");

		// a decision made on the page as it was before is refused
		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> this.listings.approve(admin, submitted.listingId(), submitted.version()));

		ListingStatus corrected = this.listings.submit(author,
				MarketplaceSearchTest.draft("We migrate mail for " + word + " customers."));
		this.listings.approve(admin, corrected.listingId(), corrected.version());
		assertThat(ids(word)).containsExactly(partnerId);
		TestMailServer.awaitMail(email, "公開されました");

		// an edit waits for review while the published listing stays in the search
		ListingStatus edit = this.listings.submit(author,
				MarketplaceSearchTest.draft("We now also archive mail, " + word + "."));
		assertThat(edit.isPublished()).isTrue();
		assertThat(edit.isPending()).isTrue();
		assertThat(this.search.listing(partnerId).orElseThrow().descriptionEn()).startsWith("We migrate mail");
		this.listings.approve(admin, edit.listingId(), edit.version());
		assertThat(this.search.listing(partnerId).orElseThrow().descriptionEn()).startsWith("We now also archive");

		await().untilAsserted(() -> assertThat(auditActions(submitted.listingId())).containsExactlyInAnyOrder(
				"LISTING_SUBMITTED", "LISTING_REJECTED", "LISTING_SUBMITTED", "LISTING_APPROVED", "LISTING_SUBMITTED",
				"LISTING_APPROVED"));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from marketplace_listing_content where partner_id = ? and published", Integer.class,
				partnerId))
			.isOne();
		assertThat(this.jdbc.queryForObject("select count(*) from marketplace_listing_content where partner_id = ?",
				Integer.class, partnerId))
			.isOne();
	}

	@Test
	void refusesAServiceThePartnerIsNotAuthorizedForAndSavesNothing() {
		UUID partnerId = this.testData.signedPartner(Set.of("MAIL"));
		PortalUser author = this.partners.findForSignIn(this.testData.user(partnerId, PartnerRole.PARTNER_ADMIN))
			.orElseThrow();
		ListingDraft forged = new ListingDraft("We run security for everyone out there.", null, null,
				Set.of("MAIL", "SECURITY"), Set.of(), MarketplaceSearchTest.draft("x").regions(),
				MarketplaceSearchTest.draft("x").languages(), MarketplaceSearchTest.draft("x").cloudInstances(),
				MarketplaceSearchTest.draft("x").customerSizes(),
				MarketplaceSearchTest.draft("x").contactPreferences());
		assertThatExceptionOfType(ListingInputException.class).isThrownBy(() -> this.listings.submit(author, forged))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("services"));
		assertThat(this.listings.ofPartner(partnerId)).isEmpty();
	}

	List<UUID> queued(ReviewState state) {
		return this.listings.queue(state, PageRequest.of(0, 100)).map(ListingQueueEntry::listingId).getContent();
	}

	List<UUID> ids(String word) {
		return this.search.search(MarketplaceSearchTest.text(word), PageRequest.of(0, 20))
			.map(MarketplaceListing::partnerId)
			.getContent();
	}

	List<String> auditActions(UUID subjectId) {
		return this.jdbc.queryForList("select action from audit_entry where subject_id = ? order by occurred_at, id",
				String.class, subjectId);
	}

}
