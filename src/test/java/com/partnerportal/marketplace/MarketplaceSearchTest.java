package com.partnerportal.marketplace;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.availability.AvailabilitySwitch;
import com.partnerportal.availability.FeatureAvailability;
import com.partnerportal.availability.PartnerFeature;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.PartnerStandings;
import com.partnerportal.partner.Partners;
import com.partnerportal.partner.Program;
import com.partnerportal.partner.Standing;
import com.partnerportal.platform.CloudInstance;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.platform.security.BackOfficeAdmins;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public search on the real database, over the demo listings and this test's own:
 * words in English, Japanese and Korean (two-character words included), each filter, the
 * orders, and a partner that is hidden or suspended leaving the search at once.
 */
@PortalIntegrationTest
class MarketplaceSearchTest {

	@Autowired
	MarketplaceSearch search;

	@Autowired
	Listings listings;

	@Autowired
	Partners partners;

	@Autowired
	PartnerStandings standings;

	@Autowired
	BackOfficeAdmins backOffice;

	@Autowired
	FeatureAvailability availability;

	@Autowired
	TestData testData;

	@Test
	void findsTwoCharacterJapaneseAndKoreanWordsAsWellAsEnglishOnes() {
		// 移行 (migration) and 東京 (Tokyo) are in Contoso's Japanese description only
		assertThat(names(text("移行"))).contains("Contoso Cloud Partners").doesNotContain("Tailwind Cloud Consulting");
		assertThat(names(text("東京"))).containsExactly("Contoso Cloud Partners");
		// 서울 (Seoul) in Fabrikam's and Trey Research's Korean descriptions; 보안 (security)
		assertThat(names(text("서울"))).containsExactlyInAnyOrder("Fabrikam Mail Services", "Trey Research Security");
		assertThat(names(text("보안"))).containsExactlyInAnyOrder("Trey Research Security", "Humongous Insurance IT",
				"Litware Cloud Services");
		assertThat(names(text("archiving"))).contains("Fabrikam Mail Services");
		// names too, any case, and every word must match
		assertThat(names(text("contoso"))).containsExactly("Contoso Cloud Partners");
		assertThat(names(text("mail clinics"))).containsExactly("Lamna Healthcare Cloud");
		assertThat(names(text("クリニック 患者"))).containsExactly("Lamna Healthcare Cloud");
		assertThat(names(text("nothing-like-this"))).isEmpty();
		// LIKE's wildcards are words like any other (of two characters: one is left out)
		assertThat(names(text("%%"))).isEmpty();
		assertThat(names(text("__"))).isEmpty();
		assertThat(names(text("c%"))).isEmpty();
	}

	@Test
	void aWordOfOneCharacterIsLeftOutAndAMixedScriptWordIsSplitWhereTheScriptsMeet() {
		// the demo's Japanese descriptions: Contoso's has 移行 (migration), 東京 (Tokyo)
		assertThat(names(text("contoso移行"))).containsExactly("Contoso Cloud Partners");
		assertThat(names(text("移行contoso"))).containsExactly("Contoso Cloud Partners");
		assertThat(names(text("東京 a 移"))).containsExactly("Contoso Cloud Partners");
		// only one-character words: as if no words were given (every listing, by name)
		assertThat(names(text("a"))).isEqualTo(names(text(null)));
		assertThat(names(text("移"))).isEqualTo(names(text(null)));
		assertThat(names(text("서 x"))).isEqualTo(names(text(null)));
		// a word that only exists across the scripts is still every part's match
		assertThat(names(text("contoso서울"))).isEmpty();
	}

	@Test
	void theListingWaitingForReviewIsNotFound() {
		assertThat(names(text("テイルウィンド"))).isEmpty();
		assertThat(names(text(null))).doesNotContain("Tailwind Cloud Consulting")
			.contains("Contoso Cloud Partners", "Litware Cloud Services", "Fabrikam Mail Services");
	}

	@Test
	void filtersNarrowTheResults() {
		assertThat(
				names(new MarketplaceQuery(null, "SECURITY", null, Region.KOREA, null, null, null, SearchOrder.NAME)))
			.containsExactly("Humongous Insurance IT", "Lamna Healthcare Cloud", "Trey Research Security");
		assertThat(names(new MarketplaceQuery(null, null, Industry.EDUCATION, null, SpokenLanguage.KOREAN, null, null,
				SearchOrder.NAME)))
			.containsExactly("Proseware Learning");
		assertThat(names(
				new MarketplaceQuery(null, null, null, null, null, null, Program.CLOUD_DEPLOYMENT, SearchOrder.NAME)))
			.contains("Blue Yonder Systems", "Proseware Learning")
			.doesNotContain("Coho Winery Tech");
		assertThat(names(
				new MarketplaceQuery("学校", null, null, null, null, CloudInstance.GLOBAL, null, SearchOrder.BEST_MATCH)))
			.containsExactlyInAnyOrder("Litware Cloud Services", "Proseware Learning");
	}

	@Test
	void listingsOfACloudInstanceWhereTheMarketplaceIsOffAreNotShownThere() {
		MarketplaceQuery in21Vianet = new MarketplaceQuery(null, null, null, null, null, CloudInstance.CHINA_21VIANET,
				null, SearchOrder.NAME);
		assertThat(names(in21Vianet)).isEmpty();
		MarketplaceListing relecloud = this.search.search(text("Relecloud"), PageRequest.of(0, 20)).getContent().get(0);
		assertThat(relecloud.cloudInstances()).containsExactly(CloudInstance.GLOBAL);
		assertThat(relecloud.hiddenInstances()).containsExactly(CloudInstance.CHINA_21VIANET);

		AvailabilitySwitch features = new AvailabilitySwitch(this.availability);
		try {
			features.on(CloudInstance.CHINA_21VIANET, PartnerFeature.MARKETPLACE);
			assertThat(names(in21Vianet))
				.contains("Relecloud Partners", "Litware Cloud Services", "Proseware Learning",
						"Wide World Importers IT")
				.doesNotContain("Contoso Cloud Partners");
			features.off(CloudInstance.GLOBAL, "Paused", PartnerFeature.MARKETPLACE);
			assertThat(names(text(null))).doesNotContain("Contoso Cloud Partners").contains("Relecloud Partners");
		}
		finally {
			features.restoreDefaults();
		}
	}

	@Test
	void aHiddenOrSuspendedPartnerLeavesTheSearchAtOnceAndComesBackWhenReinstated() {
		String word = "zq" + UUID.randomUUID().toString().substring(0, 8);
		UUID partnerId = publishedListing(word);
		PortalUser admin = admin();
		assertThat(ids(text(word))).containsExactly(partnerId);
		assertThat(this.search.listing(partnerId)).isPresent();

		this.standings.change(admin, partnerId, Standing.HIDDEN, "Complaints under review");
		assertThat(ids(text(word))).isEmpty();
		assertThat(this.search.listing(partnerId)).isEmpty();

		this.standings.change(admin, partnerId, Standing.SALES_FROZEN, "Agreement overdue");
		assertThat(ids(text(word))).containsExactly(partnerId);

		this.standings.change(admin, partnerId, Standing.SUSPENDED, "Fraud");
		assertThat(ids(text(word))).isEmpty();
		assertThat(this.search.listing(partnerId)).isEmpty();

		this.standings.change(admin, partnerId, Standing.ACTIVE, "Cleared");
		assertThat(ids(text(word))).containsExactly(partnerId);
	}

	@Test
	void bestMatchPutsNamesFirstAndPagesBySlices() {
		List<String> byMatch = names(text("cloud"));
		assertThat(byMatch.subList(0, 3)).allMatch((name) -> name.toLowerCase().contains("cloud"));
		var first = this.search.search(new MarketplaceQuery(null, null, null, null, null, null, null, SearchOrder.NAME),
				PageRequest.of(0, 5));
		var second = this.search.search(
				new MarketplaceQuery(null, null, null, null, null, null, null, SearchOrder.NAME), PageRequest.of(1, 5));
		assertThat(first.getContent()).hasSize(5);
		assertThat(first.hasNext()).isTrue();
		assertThat(second.getContent()).hasSize(5).doesNotContainAnyElementsOf(first.getContent());
		assertThat(first.getContent().get(0).name()).isEqualTo("Adventure Works Cloud");
	}

	@Test
	void aOneWordBestMatchPagesThroughTheNamesHoldingTheWordThenTheOthersEachByName() {
		List<MarketplaceListing> all = this.search.search(text("cloud"), PageRequest.of(0, 100)).getContent();
		int names = (int) all.stream().takeWhile((listing) -> holdsCloud(listing.name())).count();
		// the demo has both: names holding the word, and descriptions only (Fourth
		// Coffee)
		assertThat(names).isPositive().isLessThan(all.size());
		assertThat(all.subList(names, all.size())).noneMatch((listing) -> holdsCloud(listing.name()));
		assertThat(all.subList(0, names)).extracting((listing) -> listing.name().toLowerCase(Locale.ROOT)).isSorted();
		assertThat(all.subList(names, all.size())).extracting((listing) -> listing.name().toLowerCase(Locale.ROOT))
			.isSorted();
		// pages of two and of three: the parts meet inside a page or between pages
		for (int size : new int[] { 2, 3 }) {
			List<UUID> paged = new ArrayList<>();
			Slice<MarketplaceListing> page;
			int number = 0;
			do {
				page = this.search.search(text("cloud"), PageRequest.of(number++, size));
				paged.addAll(page.map(MarketplaceListing::partnerId).getContent());
			}
			while (page.hasNext());
			assertThat(paged).as("pages of %d", size)
				.containsExactlyElementsOf(all.stream().map(MarketplaceListing::partnerId).toList());
		}
	}

	private static boolean holdsCloud(String name) {
		return name.toLowerCase(Locale.ROOT).contains("cloud");
	}

	/**
	 * A partner in good standing with a published listing holding {@code word}.
	 */
	UUID publishedListing(String word) {
		UUID partnerId = this.testData.signedPartner(Set.of("MAIL"));
		String email = this.testData.user(partnerId, PartnerRole.PARTNER_ADMIN);
		PortalUser author = this.partners.findForSignIn(email).orElseThrow();
		ListingStatus status = this.listings.submit(author, draft("We run mail for " + word + " and others."));
		this.listings.approve(admin(), status.listingId(), status.version());
		return partnerId;
	}

	static ListingDraft draft(String en) {
		return new ListingDraft(en, null, null, Set.of("MAIL"), EnumSet.of(Industry.RETAIL), EnumSet.of(Region.EUROPE),
				EnumSet.of(SpokenLanguage.ENGLISH), EnumSet.of(CloudInstance.GLOBAL), EnumSet.of(CustomerSize.SMALL),
				EnumSet.of(ContactPreference.EMAIL));
	}

	PortalUser admin() {
		return this.backOffice.findForSignIn("admin@operator.example").orElseThrow();
	}

	static MarketplaceQuery text(String text) {
		return new MarketplaceQuery(text, null, null, null, null, null, null, SearchOrder.BEST_MATCH);
	}

	List<String> names(MarketplaceQuery query) {
		return this.search.search(query, PageRequest.of(0, 100)).map(MarketplaceListing::name).getContent();
	}

	List<UUID> ids(MarketplaceQuery query) {
		return this.search.search(query, PageRequest.of(0, 100)).map(MarketplaceListing::partnerId).getContent();
	}

}
