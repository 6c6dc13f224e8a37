package com.partnerportal.invitation.web;

import java.util.List;
import java.util.UUID;

import com.partnerportal.catalog.BillingTerm;
import com.partnerportal.invitation.InvitationRejectedException;
import com.partnerportal.invitation.NewPurchaseOffer;
import com.partnerportal.invitation.PurchaseOfferLine;
import com.partnerportal.invitation.PurchaseOffers;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Items 10 and 11 of issue 7 on the purchase-offer form, as reported: an offer has at
 * most five lines, on the form and on the server. Values that do not convert and row
 * indexes no form has are checked on the web layer alone, in
 * {@link PurchaseOfferFormBindingTest}.
 */
@PortalIntegrationTest
class PurchaseOfferBadInputWebTest {

	private static final List<String> SIX_OFFERS = List.of("BUSINESS_ESSENTIALS", "BUSINESS_STANDARD",
			"BUSINESS_PREMIUM", "MAIL_PLAN_1", "MAIL_ARCHIVING", "APPS_FOR_BUSINESS");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	Partners partners;

	@Autowired
	PurchaseOffers offers;

	@Autowired
	JdbcTemplate jdbc;

	UUID partnerId;

	PortalUser sales;

	@BeforeEach
	void setUp() {
		this.partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		this.sales = this.testData.principal(this.partners,
				this.testData.user(this.partnerId, PartnerRole.SALES_AGENT));
	}

	@Test
	void theFormShowsFiveRowsAndSaysSo() throws Exception {
		String page = this.mvc.perform(get("/partner/offers/new").with(user(this.sales)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Choose up to 5 offers")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.split("offer-line\"", -1)).hasSize(5 + 1);
		this.mvc.perform(get("/partner/offers/new").with(user(this.sales)).header("Accept-Language", "ja"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("プランを 5 つまで")));
	}

	@Test
	void fiveLinesAreAnOffer() throws Exception {
		MockHttpServletRequestBuilder request = newCustomer();
		for (int row = 0; row < 5; row++) {
			request.param("lines[" + row + "].offerCode", SIX_OFFERS.get(row))
				.param("lines[" + row + "].quantity", "1")
				.param("lines[" + row + "].billingTerm", "MONTHLY");
		}
		this.mvc.perform(request)
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/partner/invitations/*"));
	}

	@Test
	void theServerRefusesSixLinesWhoeverAsks() {
		List<PurchaseOfferLine> lines = SIX_OFFERS.stream()
			.map((code) -> new PurchaseOfferLine(code, 1, BillingTerm.MONTHLY))
			.toList();
		assertThatThrownBy(
				() -> this.offers
					.send(this.sales,
							new NewPurchaseOffer(null, "Six Co", "Sam Six", TestData.uniqueEmail("six"), "en", null,
									lines, 30, false, null)))
			.isInstanceOfSatisfying(InvitationRejectedException.class, (ex) -> {
				assertThat(ex.messageKey()).isEqualTo("offer.lines.too-many");
				assertThat(ex.arguments()).containsExactly(5);
			});
		assertNothingSaved();
	}

	private MockHttpServletRequestBuilder newCustomer() {
		return newCustomer("30");
	}

	private MockHttpServletRequestBuilder newCustomer(String validDays) {
		return post("/partner/offers").with(csrf())
			.with(user(this.sales))
			.param("companyName", "Bad Input Co")
			.param("contactName", "Bea Input")
			.param("email", TestData.uniqueEmail("bad"))
			.param("language", "en")
			.param("validDays", validDays);
	}

	private void assertNothingSaved() {
		assertThat(this.jdbc.queryForObject("select count(*) from invitation where partner_id = ?", Integer.class,
				this.partnerId))
			.isZero();
	}

}
