package com.partnerportal.customer.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.partnerportal.customer.SubscriptionView;
import com.partnerportal.customer.Subscriptions;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.partner.Program;
import com.partnerportal.platform.CloudInstance;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestTenants;
import com.partnerportal.testing.TestTenants.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 7, item 12: the server refuses a Partner of Record that could not have sold the
 * subscription (no signed agreement, another cloud instance, not authorized for its
 * services) with the reason on the field; the picker finds partners by name; the
 * subscription rows keep their order.
 */
@PortalIntegrationTest
class PartnerOfRecordRulesWebTest {

	private static final Pattern ROW_OFFER = Pattern.compile("data-offer=\"([A-Z_0-9]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	TestTenants tenants;

	@Autowired
	Partners partners;

	@Autowired
	Subscriptions customerSubscriptions;

	Tenant tenant;

	@BeforeEach
	void setUp() {
		UUID seller = this.testData.signedPartner(TestData.ALL_SERVICES);
		PortalUser sales = this.testData.principal(this.partners, this.testData.user(seller, PartnerRole.SALES_AGENT));
		// Mail Plan 1 first: stored first, yet listed after Business Standard
		this.tenant = this.tenants.acceptedTrial(sales, TestData.unique("Por Rules Co"), false, "MAIL_PLAN_1",
				"BUSINESS_STANDARD");
	}

	@Test
	void refusesAPartnerWithoutASignedAgreement() throws Exception {
		UUID unsigned = this.testData.unsignedPartner();

		String page = designateRefused("BUSINESS_STANDARD", unsigned.toString());

		assertThat(page).contains(this.partners.partner(unsigned).name()
				+ " has not signed the Partner Agreement, so it cannot be Partner of Record.");
		assertThat(partnerOfRecord("BUSINESS_STANDARD")).isNull();
	}

	@Test
	void refusesAPartnerOfAnotherCloudInstance() throws Exception {
		UUID china = this.partners.register(TestData.unique("Vianet"), CloudInstance.CHINA_21VIANET,
				EnumSet.of(Program.CLOUD_ESSENTIALS), TestData.ALL_SERVICES);
		this.partners.signAgreement(china, "2026-01", "Signer");

		String page = designateRefused("BUSINESS_STANDARD", china.toString());

		assertThat(page).contains(this.partners.partner(china).name()
				+ " works in another cloud instance than your tenant, so it cannot be Partner of Record.");
		assertThat(partnerOfRecord("BUSINESS_STANDARD")).isNull();
	}

	@Test
	void refusesAPartnerNotAuthorizedForTheSubscriptionsServicesButAcceptsItWhereItIs() throws Exception {
		UUID mailOnly = this.testData.signedPartner(Set.of("MAIL"));
		String name = this.partners.partner(mailOnly).name();

		String page = designateRefused("BUSINESS_STANDARD", name);

		assertThat(page).contains(name
				+ " is not authorized to offer the services of this subscription, so it cannot be its Partner of Record.");
		assertThat(partnerOfRecord("BUSINESS_STANDARD")).isNull();
		this.mvc
			.perform(post("/customer/subscriptions/{id}/partner-of-record", subscription("MAIL_PLAN_1")).with(csrf())
				.with(user(this.tenant.admin()))
				.param("partner", name))
			.andExpect(redirectedUrl("/customer/partners"));
		assertThat(partnerOfRecord("MAIL_PLAN_1")).isEqualTo(mailOnly);
	}

	@Test
	void thePickerFindsEligiblePartnersByNameAndFillsInTheChosenOne() throws Exception {
		String common = TestData.unique("Pickable");
		UUID eligible = this.partners.register(common + " Eligible", CloudInstance.GLOBAL,
				EnumSet.of(Program.CLOUD_ESSENTIALS), TestData.ALL_SERVICES);
		this.partners.signAgreement(eligible, "2026-01", "Signer");
		UUID unsigned = this.partners.register(common + " Unsigned", CloudInstance.GLOBAL,
				EnumSet.of(Program.CLOUD_ESSENTIALS), TestData.ALL_SERVICES);
		UUID china = this.partners.register(common + " Vianet", CloudInstance.CHINA_21VIANET,
				EnumSet.of(Program.CLOUD_ESSENTIALS), TestData.ALL_SERVICES);
		this.partners.signAgreement(china, "2026-01", "Signer");
		String search = common.toLowerCase().substring(0, common.length() - 1);

		String page = html(get("/customer/partners").param("partnerSearch", search));
		String fragment = html(get("/customer/partners/partner-search").param("partnerSearch", search));

		for (String found : List.of(page, fragment)) {
			assertThat(found).contains(common + " Eligible", eligible.toString())
				.doesNotContain(common + " Unsigned", unsigned.toString(), common + " Vianet", china.toString());
		}
		assertThat(html(get("/customer/partners").param("partnerSearch", "%"))).contains("id=\"partner-search-none\"");
		String chosen = html(
				get("/customer/partners").param("partnerSearch", search).param("chosen", eligible.toString()));
		assertThat(chosen).contains("id=\"chosen-partner\"").contains("value=\"" + eligible + "\"");
	}

	@Test
	void subscriptionRowsStayInOfferNameOrderAfterASave() throws Exception {
		UUID other = this.testData.signedPartner(TestData.ALL_SERVICES);
		assertThat(rowOrder()).containsExactly("BUSINESS_STANDARD", "MAIL_PLAN_1");

		for (String offer : List.of("BUSINESS_STANDARD", "MAIL_PLAN_1", "BUSINESS_STANDARD")) {
			this.mvc
				.perform(post("/customer/subscriptions/{id}/partner-of-record", subscription(offer)).with(csrf())
					.with(user(this.tenant.admin()))
					.param("partner", other.toString()))
				.andExpect(redirectedUrl("/customer/partners"));
			assertThat(rowOrder()).containsExactly("BUSINESS_STANDARD", "MAIL_PLAN_1");
		}
	}

	private String designateRefused(String offerCode, String partner) throws Exception {
		String page = this.mvc
			.perform(post("/customer/subscriptions/{id}/partner-of-record", subscription(offerCode)).with(csrf())
				.with(user(this.tenant.admin()))
				.param("partner", partner))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// the reason sits on the subscription's field
		assertThat(page).contains("aria-invalid=\"true\"")
			.contains("aria-describedby=\"por-" + subscription(offerCode) + "-error\"");
		return page;
	}

	private List<String> rowOrder() throws Exception {
		Matcher matcher = ROW_OFFER.matcher(html(get("/customer/partners")));
		List<String> offers = new ArrayList<>();
		while (matcher.find()) {
			offers.add(matcher.group(1));
		}
		return offers;
	}

	private String html(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(user(this.tenant.admin())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private UUID subscription(String offerCode) {
		return this.tenant.subscription(offerCode).id();
	}

	private UUID partnerOfRecord(String offerCode) {
		return this.customerSubscriptions.subscriptions(this.tenant.customerId())
			.stream()
			.filter((s) -> s.offerCode().equals(offerCode))
			.findFirst()
			.map(SubscriptionView::partnerOfRecordId)
			.orElse(null);
	}

}
