package com.partnerportal.leads.web;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.partnerportal.marketplace.ContactPreference;
import com.partnerportal.marketplace.CustomerSize;
import com.partnerportal.marketplace.Industry;
import com.partnerportal.marketplace.ListingDraft;
import com.partnerportal.marketplace.ListingStatus;
import com.partnerportal.marketplace.Listings;
import com.partnerportal.marketplace.Region;
import com.partnerportal.marketplace.SpokenLanguage;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.PartnerStandings;
import com.partnerportal.partner.Partners;
import com.partnerportal.partner.Standing;
import com.partnerportal.platform.CloudInstance;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.platform.security.BackOfficeAdmins;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A partner whose sales the operator froze takes no contact request (a lead is the start
 * of a sale): the form, its POST (a visitor's and a signed-in customer's) and the emailed
 * confirmation link are refused with a 409 that says so, nothing is saved and no mail
 * goes out; its listing page offers no contact button and says why. It stays in the
 * search (it still serves its customers, and a freeze is not the public's business), with
 * the same note. Reinstated, it takes requests again.
 */
@PortalIntegrationTest
class FrozenPartnerLeadsWebTest {

	private static final Pattern VERIFY_LINK = Pattern.compile("/marketplace/leads/verify/[A-Za-z0-9_-]{43}");

	private static final String REFUSAL = "does not take new contact requests at the moment";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	TestTenants tenants;

	@Autowired
	Partners partners;

	@Autowired
	PartnerStandings standings;

	@Autowired
	Listings listings;

	@Autowired
	BackOfficeAdmins backOffice;

	@Autowired
	JdbcTemplate jdbc;

	UUID partnerId;

	String word;

	String partnerName;

	PortalUser seller;

	@BeforeEach
	void setUp() {
		this.word = "frozenword" + UUID.randomUUID().toString().substring(0, 8);
		this.partnerId = this.testData.signedPartner(Set.of("MAIL"));
		this.partnerName = this.partners.partner(this.partnerId).name();
		PortalUser author = this.partners
			.findForSignIn(this.testData.user(this.partnerId, PartnerRole.PARTNER_ADMIN, PartnerRole.SALES_AGENT))
			.orElseThrow();
		this.seller = author;
		ListingStatus status = this.listings.submit(author,
				new ListingDraft("We run mail for " + this.word + ".", null, null, Set.of("MAIL"),
						EnumSet.of(Industry.RETAIL), EnumSet.of(Region.EUROPE), EnumSet.of(SpokenLanguage.ENGLISH),
						EnumSet.of(CloudInstance.GLOBAL), EnumSet.of(CustomerSize.SMALL),
						EnumSet.of(ContactPreference.EMAIL)));
		this.listings.approve(operator(), status.listingId(), status.version());
	}

	@Test
	void aFrozenPartnerIsStillFoundButOffersNoContactAndRefusesEveryWayIn() throws Exception {
		String visitorBeforeFreeze = TestData.uniqueEmail("early");
		this.mvc.perform(contact(visitorBeforeFreeze)).andExpect(status().isFound());
		String link = verifyPath(visitorBeforeFreeze);
		assertThat(page(get("/marketplace/partners/" + this.partnerId), 200)).contains("id=\"contact-partner\"")
			.doesNotContain("contact-unavailable");

		this.standings.change(operator(), this.partnerId, Standing.SALES_FROZEN, "Unpaid invoices");

		String listing = page(get("/marketplace/partners/" + this.partnerId), 200);
		assertThat(listing).contains(this.partnerName, "id=\"contact-unavailable\"", "This partner " + REFUSAL)
			.doesNotContain("id=\"contact-partner\"", "/contact\"", "Unpaid invoices");
		String search = page(get("/marketplace").param("q", this.word), 200);
		assertThat(search).contains("data-partner=\"" + this.partnerId + "\"", "contact-unavailable");

		assertThat(page(get("/marketplace/partners/" + this.partnerId + "/contact"), 409))
			.contains(this.partnerName + " " + REFUSAL)
			.doesNotContain("Unpaid invoices");
		String visitor = TestData.uniqueEmail("visitor");
		assertThat(page(contact(visitor), 409)).contains(this.partnerName + " " + REFUSAL);
		Tenant tenant = this.tenants.acceptedTrial();
		this.mvc.perform(contact(tenant.contactEmail()).with(user(tenant.admin()))).andExpect(status().isConflict());
		this.mvc.perform(post(link).with(csrf()).with(fromOwnAddress())).andExpect(status().isConflict());

		assertThat(this.jdbc.queryForObject("select count(*) from lead where email = ?", Integer.class, visitor))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from lead where partner_id = ? and customer_id = ?",
				Integer.class, this.partnerId, tenant.customerId()))
			.isZero();
		assertThat(
				this.jdbc.queryForObject("select state from lead where email = ?", String.class, visitorBeforeFreeze))
			.as("the confirmation link of a request written before the freeze does not deliver it")
			.isEqualTo("UNVERIFIED");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from mail_message where recipient = ? or (recipient = ? and template like 'lead-%')",
				Integer.class, visitor, this.seller.getUsername()))
			.as("no mail to the visitor, none to the partner")
			.isZero();

		this.standings.change(operator(), this.partnerId, Standing.ACTIVE, "Paid");
		assertThat(page(get("/marketplace/partners/" + this.partnerId), 200)).contains("id=\"contact-partner\"");
		this.mvc.perform(get("/marketplace/partners/" + this.partnerId + "/contact")).andExpect(status().isOk());
		this.mvc.perform(post(link).with(csrf()).with(fromOwnAddress())).andExpect(status().isFound());
		assertThat(
				this.jdbc.queryForObject("select state from lead where email = ?", String.class, visitorBeforeFreeze))
			.isEqualTo("OPEN");
	}

	private String page(MockHttpServletRequestBuilder request, int status) throws Exception {
		return this.mvc.perform(request.header("Accept-Language", "en"))
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private MockHttpServletRequestBuilder contact(String email) {
		return post("/marketplace/partners/" + this.partnerId + "/contact").with(csrf())
			.with(fromOwnAddress())
			.param("contactName", "Casey Contact")
			.param("email", email)
			.param("companyName", "Fabrikam")
			.param("companySize", "MEDIUM")
			.param("serviceCodes", "MAIL")
			.param("message", "We would like to move our mail.");
	}

	/** Each request from an address of its own: the throttles count per address. */
	private static RequestPostProcessor fromOwnAddress() {
		String address = "203.0.113." + (System.nanoTime() % 250 + 1) + "-" + UUID.randomUUID();
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static String verifyPath(String email) {
		String body = TestMailServer.body(TestMailServer.awaitMail(email, "Confirm your request"))
			.replace("=\r\n", "")
			.replace("=3D", "=");
		Matcher matcher = VERIFY_LINK.matcher(body);
		assertThat(matcher.find()).as("a verification link in the mail").isTrue();
		return matcher.group();
	}

	private PortalUser operator() {
		return this.backOffice.findForSignIn("admin@operator.example").orElseThrow();
	}

}
