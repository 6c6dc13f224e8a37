package com.partnerportal.invitation.web;

import java.util.UUID;

import com.partnerportal.customer.Tenants;
import com.partnerportal.invitation.Invitations;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestMailServer;
import com.partnerportal.testing.TestTenants;
import com.partnerportal.testing.TestTenants.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The purchase-offer form and the offer's link over HTTP: every bad input gets its
 * message and a 422, nothing is saved; an existing customer's offer shows nothing to
 * anyone but its admins.
 */
@PortalIntegrationTest
class PurchaseOfferWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	Partners partners;

	@Autowired
	Tenants customerTenants;

	@Autowired
	Invitations invitations;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestTenants tenants;

	UUID partnerId;

	PortalUser sales;

	@BeforeEach
	void setUp() {
		this.partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		this.sales = this.testData.principal(this.partners,
				this.testData.user(this.partnerId, PartnerRole.SALES_AGENT));
	}

	@Test
	void eachBadLineGetsItsMessageOnItsRowAndNothingIsSaved() throws Exception {
		String email = TestData.uniqueEmail("web");
		assertRejected(newCustomer(email).param("lines[0].offerCode", "MAIL_PLAN_1")
			.param("lines[0].quantity", "0")
			.param("lines[0].billingTerm", "MONTHLY"), "Enter a number of licenses this offer allows");
		// a row the browser skipped (index 1 missing) and a duplicated offer in the third
		// row
		assertRejected(newCustomer(email).param("lines[0].offerCode", "MAIL_PLAN_1")
			.param("lines[0].quantity", "2")
			.param("lines[0].billingTerm", "MONTHLY")
			.param("lines[2].offerCode", "MAIL_PLAN_1")
			.param("lines[2].quantity", "3")
			.param("lines[2].billingTerm", "ANNUAL"), "This offer is already in another line");
		assertRejected(newCustomer(email), "Choose at least one offer.");
		assertRejected(newCustomer(email).param("lines[0].offerCode", "NO_SUCH_OFFER")
			.param("lines[0].quantity", "2")
			.param("lines[0].billingTerm", "MONTHLY"), "This offer is not one your organization may sell.");
		assertRejected(newCustomer(email, "91").param("lines[0].offerCode", "MAIL_PLAN_1")
			.param("lines[0].quantity", "2")
			.param("lines[0].billingTerm", "MONTHLY"), "Enter a number of days between 1 and 90.");
		assertRejected(newCustomer(email).param("email", "not-an-email")
			.param("lines[0].offerCode", "MAIL_PLAN_1")
			.param("lines[0].quantity", "2")
			.param("lines[0].billingTerm", "MONTHLY"), "Enter an email address");
		assertRejected(post("/partner/offers").with(csrf())
			.with(user(this.sales))
			.param("customerId", UUID.randomUUID().toString())
			.param("validDays", "30")
			.param("lines[0].offerCode", "MAIL_PLAN_1")
			.param("lines[0].quantity", "2")
			.param("lines[0].billingTerm", "MONTHLY"), "This is not one of your customers.");
		assertThat(this.jdbc.queryForObject("select count(*) from invitation where partner_id = ?", Integer.class,
				this.partnerId))
			.isZero();
	}

	@Test
	void aValidOfferIsSavedWithTheCatalogPriceAndShowsItsTotals() throws Exception {
		MvcResult result = this.mvc
			.perform(newCustomer(TestData.uniqueEmail("web")).param("lines[0].offerCode", "BUSINESS_STANDARD")
				.param("lines[0].quantity", "10")
				.param("lines[0].billingTerm", "ANNUAL"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/partner/invitations/*"))
			.andReturn();
		this.mvc.perform(get(result.getResponse().getRedirectedUrl()).with(user(this.sales)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("$1,250.00")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("$104.17")));
		assertThat(this.jdbc.queryForObject(
				"select l.unit_price from invitation_line l join invitation i on i.id = l.invitation_id where i.partner_id = ?",
				java.math.BigDecimal.class, this.partnerId))
			.isEqualByComparingTo("125.00");
	}

	@Test
	void theTotalsFollowWhatIsTyped() throws Exception {
		this.mvc
			.perform(get("/partner/offers/totals").with(user(this.sales))
				.param("lines[0].offerCode", "BUSINESS_STANDARD")
				.param("lines[0].quantity", "3")
				.param("lines[0].billingTerm", "MONTHLY")
				.param("lines[3].offerCode", "MAIL_PLAN_1")
				.param("lines[3].quantity", "2")
				.param("lines[3].billingTerm", "ANNUAL"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("$44.17")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("$530.00")));
	}

	@Test
	void helpdeskAgentsCannotSendOffers() throws Exception {
		PortalUser helpdesk = this.testData.principal(this.partners,
				this.testData.user(this.partnerId, PartnerRole.HELPDESK_AGENT));
		this.mvc.perform(get("/partner/offers/new").with(user(helpdesk))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/partner/offers").with(csrf())
				.with(user(helpdesk))
				.param("companyName", "X")
				.param("contactName", "Y")
				.param("email", TestData.uniqueEmail("x"))
				.param("language", "en")
				.param("validDays", "30")
				.param("lines[0].offerCode", "MAIL_PLAN_1")
				.param("lines[0].quantity", "2")
				.param("lines[0].billingTerm", "MONTHLY"))
			.andExpect(status().isForbidden());
	}

	@Test
	void anExistingCustomersOfferAsksToSignInAndShowsNothingToAnotherCustomer() throws Exception {
		Tenant mine = this.tenants.acceptedTrial(this.sales, false, "BUSINESS_STANDARD");
		Tenant other = this.tenants.acceptedTrial(this.sales, false, "BUSINESS_STANDARD");
		this.mvc
			.perform(post("/partner/offers").with(csrf())
				.with(user(this.sales))
				.param("customerId", mine.customerId().toString())
				.param("validDays", "30")
				.param("lines[0].offerCode", "BUSINESS_STANDARD")
				.param("lines[0].quantity", "17")
				.param("lines[0].billingTerm", "MONTHLY"))
			.andExpect(status().is3xxRedirection());
		String link = TestMailServer.invitationLink(TestMailServer.awaitMail(mine.contactEmail(), "purchase offer"));
		String path = link.substring(link.indexOf("/invitations/"));

		this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("sign-in-first")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("$212.50"))));
		this.mvc.perform(get(path).with(user(other.admin())))
			.andExpect(status().isForbidden())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("$212.50"))));
		this.mvc.perform(post(path + "/accept").with(csrf()).with(user(other.admin())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(path).with(user(mine.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("$212.50")));
		this.mvc.perform(post(path + "/accept").with(csrf()).with(user(mine.admin())))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/customer").with(user(mine.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("$212.50")));
		this.mvc.perform(post(path + "/accept").with(csrf()).with(user(mine.admin()))).andExpect(status().isConflict());
	}

	@Test
	void signingInFromTheLinkReturnsToTheLinkAndNowhereElse() throws Exception {
		String token = "A".repeat(43);
		this.mvc
			.perform(post("/login").with(csrf())
				.param("username", "admin@operator.example")
				.param("password", "demo-password")
				.param("continue", "/invitations/" + token))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/invitations/" + token));
		this.mvc
			.perform(post("/login").with(csrf())
				.param("username", "admin@operator.example")
				.param("password", "demo-password")
				.param("continue", "https://evil.example/"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin"));
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder newCustomer(String email) {
		return newCustomer(email, "30");
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder newCustomer(String email,
			String validDays) {
		return post("/partner/offers").with(csrf())
			.with(user(this.sales))
			.param("companyName", "Web Co")
			.param("contactName", "Wendy Web")
			.param("email", email)
			.param("language", "en")
			.param("validDays", validDays);
	}

	private void assertRejected(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String message) throws Exception {
		this.mvc.perform(request)
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(message)));
	}

}
