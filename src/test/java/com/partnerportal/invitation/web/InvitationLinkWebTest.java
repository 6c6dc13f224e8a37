package com.partnerportal.invitation.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

import com.partnerportal.invitation.CustomerChoices;
import com.partnerportal.invitation.InvitationAcceptance;
import com.partnerportal.invitation.Invitations;
import com.partnerportal.invitation.NewTenantDetails;
import com.partnerportal.invitation.NewTrialInvitation;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.PartnerView;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestClock;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestMailServer;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The customer's invitation link over HTTP with the whole portal: what it shows, domain
 * prefixes taken by real tenants or reserved, acceptance end to end, and what a used,
 * expired, revoked or declined link does. The acceptance form's own validation is
 * {@link AcceptInvitationFormValidationTest}, a web slice.
 */
@PortalIntegrationTest
class InvitationLinkWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	Partners partners;

	@Autowired
	InvitationAcceptance acceptance;

	@Autowired
	Invitations invitations;

	@Autowired
	MessageSource messages;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	UUID partnerId;

	PortalUser sales;

	UUID invitationId;

	String companyName;

	String token;

	@BeforeEach
	void setUp() {
		this.partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		this.sales = this.testData.principal(this.partners,
				this.testData.user(this.partnerId, PartnerRole.SALES_AGENT));
		this.companyName = TestData.unique("Linked Co");
		String email = TestData.uniqueEmail("customer");
		this.invitationId = this.invitations.send(this.sales,
				new NewTrialInvitation(null, this.companyName, "Casey Contact", email, "en", "Looking forward!",
						List.of("BUSINESS_STANDARD", "MAIL_PLAN_1"), false, null, null));
		this.token = tokenOf(email);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void showsThePartnerAndTheOffersAndCreatesNothing() throws Exception {
		PartnerView partner = this.partners.partner(this.partnerId);

		String page = page(
				this.mvc.perform(get("/invitations/{token}", this.token)).andExpect(status().isOk()).andReturn());

		assertThat(page).contains(partner.name(), this.companyName, "Business Standard", "Mail Plan 1",
				"Looking forward!");
		assertThat(customersOfPartner()).isZero();
		assertThat(state()).isEqualTo("VIEWED");
	}

	@Test
	void anUnknownTokenIsNotFound() throws Exception {
		String unknown = "A".repeat(43);

		String page = page(
				this.mvc.perform(get("/invitations/{token}", unknown)).andExpect(status().isNotFound()).andReturn());

		assertThat(page).contains(english("unknownLink.title"));
	}

	@Test
	void aMalformedTokenIsNotFound() throws Exception {
		for (String malformed : List.of("abc", this.token + "x", this.token.substring(1) + "!")) {
			String page = page(this.mvc.perform(get("/invitations/{token}", malformed))
				.andExpect(status().isNotFound())
				.andReturn());
			assertThat(page).contains(english("unknownLink.title"));
		}
	}

	@Test
	void rejectsAReservedDomainPrefix() throws Exception {
		assertRejected((form) -> form.set("domainPrefix", "admin"), english("accept.domainPrefix.taken"));
	}

	@Test
	void rejectsADomainPrefixAnotherTenantHas() throws Exception {
		String taken = acceptAnotherInvitation();

		assertRejected((form) -> form.set("domainPrefix", taken), english("accept.domainPrefix.taken"));
	}

	@Test
	void acceptingCreatesTheTenantAndSignsItsAdminIn() throws Exception {
		String prefix = uniquePrefix("web");
		String organization = TestData.unique("Accepted Org");

		MvcResult result = this.mvc.perform(acceptPost(validForm((form) -> {
			form.set("domainPrefix", prefix);
			form.set("organizationName", organization);
		}))).andExpect(status().isFound()).andExpect(redirectedUrl("/customer")).andReturn();

		assertThat(this.jdbc.queryForObject("select count(*) from customer where domain_prefix = ? and name = ?",
				Integer.class, prefix, organization))
			.isOne();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from customer_account a join customer c on c.id = a.customer_id where c.domain_prefix = ?",
				Integer.class, prefix))
			.isOne();
		assertThat(state()).isEqualTo("ACCEPTED");

		// Sessions live in PostgreSQL (Spring Session JDBC, also in MockMvc's filter
		// chain), so the session that follows is the one named by the SESSION cookie, not
		// the MockHttpSession of the request.
		Cookie sessionCookie = result.getResponse().getCookie("SESSION");
		assertThat(sessionCookie).isNotNull();
		String sessionId = new String(Base64.getDecoder().decode(sessionCookie.getValue()), StandardCharsets.UTF_8);
		assertThat(this.jdbc.queryForObject("select principal_name from spring_session where session_id = ?",
				String.class, sessionId))
			.isEqualTo("admin@" + prefix + ".cloudportal.example");

		String page = page(
				this.mvc.perform(get("/customer").cookie(sessionCookie)).andExpect(status().isOk()).andReturn());
		assertThat(page).contains(organization, prefix + ".cloudportal.example",
				this.partners.partner(this.partnerId).name(), this.messages.getMessage("customer.flash.welcome",
						new Object[] { "admin@" + prefix + ".cloudportal.example" }, Locale.ENGLISH));
	}

	@Test
	void acceptingAgainEndsOnTheAcceptedPage() throws Exception {
		this.mvc.perform(acceptPost(validForm((form) -> {
		}))).andExpect(status().isFound());

		String page = page(
				this.mvc.perform(acceptPost(validForm((form) -> form.set("domainPrefix", uniquePrefix("again")))))
					.andExpect(status().isConflict())
					.andReturn());

		assertThat(page).contains(english("closed.ACCEPTED.title"));
		assertThat(customersOfPartner()).isOne();
	}

	@Test
	void anExpiredLinkIsGone() throws Exception {
		this.clock.advance(Duration.ofDays(31));

		String shown = page(
				this.mvc.perform(get("/invitations/{token}", this.token)).andExpect(status().isGone()).andReturn());
		String accepted = page(this.mvc.perform(acceptPost(validForm((form) -> {
		}))).andExpect(status().isGone()).andReturn());

		assertThat(shown).contains(english("closed.EXPIRED.title"));
		assertThat(accepted).contains(english("closed.EXPIRED.title"));
		assertThat(customersOfPartner()).isZero();
	}

	@Test
	void aRevokedLinkIsGone() throws Exception {
		this.invitations.revoke(this.sales, this.invitationId);

		String shown = page(
				this.mvc.perform(get("/invitations/{token}", this.token)).andExpect(status().isGone()).andReturn());
		String accepted = page(this.mvc.perform(acceptPost(validForm((form) -> {
		}))).andExpect(status().isGone()).andReturn());

		assertThat(shown).contains(english("closed.REVOKED.title"));
		assertThat(accepted).contains(english("closed.REVOKED.title"));
		assertThat(customersOfPartner()).isZero();
	}

	@Test
	void aDeclinedLinkCanNoLongerBeAccepted() throws Exception {
		String declined = page(this.mvc
			.perform(post("/invitations/{token}/decline", this.token).with(csrf()).param("confirmed", "true"))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(declined).contains(english("declined.title"));
		assertThat(state()).isEqualTo("DECLINED");

		String accepted = page(this.mvc.perform(acceptPost(validForm((form) -> {
		}))).andExpect(status().isConflict()).andReturn());

		assertThat(accepted).contains(english("closed.DECLINED.title"));
		assertThat(customersOfPartner()).isZero();
	}

	@Test
	void refusesAnAcceptanceWithoutCsrfToken() throws Exception {
		this.mvc.perform(post("/invitations/{token}/accept", this.token).params(validForm((form) -> {
		}))).andExpect(status().isForbidden());

		assertThat(customersOfPartner()).isZero();
		assertThat(state()).isEqualTo("SENT");
	}

	@Test
	void theDomainCheckSaysWhetherAPrefixIsFree() throws Exception {
		String taken = acceptAnotherInvitation();
		String free = uniquePrefix("free");

		String available = page(
				this.mvc.perform(get("/invitations/{token}/domain-check", this.token).param("domainPrefix", free))
					.andExpect(status().isOk())
					.andReturn());
		String unavailable = page(
				this.mvc.perform(get("/invitations/{token}/domain-check", this.token).param("domainPrefix", taken))
					.andExpect(status().isOk())
					.andReturn());
		String reserved = page(
				this.mvc.perform(get("/invitations/{token}/domain-check", this.token).param("domainPrefix", "admin"))
					.andExpect(status().isOk())
					.andReturn());
		String invalid = page(
				this.mvc.perform(get("/invitations/{token}/domain-check", this.token).param("domainPrefix", "Upper"))
					.andExpect(status().isOk())
					.andReturn());

		assertThat(available)
			.contains(english("accept.domainPrefix.available"), "admin@" + free + ".cloudportal.example")
			.doesNotContain(english("accept.domainPrefix.taken"));
		assertThat(unavailable).contains(english("accept.domainPrefix.taken"))
			.doesNotContain(english("accept.domainPrefix.available"));
		assertThat(reserved).contains(english("accept.domainPrefix.taken"));
		assertThat(invalid).contains(english("accept.domainPrefix.invalid"));
		assertThat(customersOfPartner()).isZero();
	}

	@Test
	void theDomainCheckOfAnUnknownLinkIsNotFound() throws Exception {
		this.mvc.perform(get("/invitations/{token}/domain-check", "B".repeat(43)).param("domainPrefix", "free-one"))
			.andExpect(status().isNotFound());
	}

	private void assertRejected(Consumer<MultiValueMap<String, String>> change, String expectedMessage)
			throws Exception {
		String page = page(this.mvc.perform(acceptPost(validForm(change)))
			.andExpect(status().isUnprocessableContent())
			.andReturn());

		assertThat(page).contains(expectedMessage, "Please correct the marked fields.");
		assertThat(customersOfPartner()).isZero();
		assertThat(state()).isIn("SENT", "VIEWED");
	}

	private MockHttpServletRequestBuilder acceptPost(MultiValueMap<String, String> form) {
		return post("/invitations/{token}/accept", this.token).with(csrf()).params(form);
	}

	private static MultiValueMap<String, String> validForm(Consumer<MultiValueMap<String, String>> change) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("organizationName", "Linked Organization");
		form.add("domainPrefix", uniquePrefix("link"));
		form.add("adminName", "Ann Admin");
		form.add("password", "a-good-password");
		form.add("passwordConfirmation", "a-good-password");
		change.accept(form);
		return form;
	}

	/**
	 * Accepts another invitation of another partner and returns the prefix it took.
	 */
	private String acceptAnotherInvitation() {
		UUID other = this.testData.signedPartner(TestData.ALL_SERVICES);
		PortalUser otherSales = this.testData.principal(this.partners,
				this.testData.user(other, PartnerRole.SALES_AGENT));
		String email = TestData.uniqueEmail("other");
		this.invitations.send(otherSales, new NewTrialInvitation(null, "Other Co", "Olly", email, "en", null,
				List.of("MAIL_PLAN_1"), false, null, null));
		String prefix = uniquePrefix("taken");
		this.acceptance.accept(tokenOf(email), null,
				new CustomerChoices(new NewTenantDetails("Other Ltd", prefix, "Olly Admin", "a-good-password"), false));
		return prefix;
	}

	private int customersOfPartner() {
		return this.jdbc.queryForObject("select count(*) from customer where invited_by_partner_id = ?", Integer.class,
				this.partnerId);
	}

	private String state() {
		return this.jdbc.queryForObject("select state from invitation where id = ?", String.class, this.invitationId);
	}

	private String english(String key) {
		return this.messages.getMessage(key, null, Locale.ENGLISH);
	}

	private static String uniquePrefix(String start) {
		return TestData.unique(start).toLowerCase(Locale.ROOT);
	}

	private static String tokenOf(String email) {
		String link = TestMailServer.invitationLink(TestMailServer.awaitMail(email, ""));
		return link.substring(link.lastIndexOf('/') + 1);
	}

	private static String page(MvcResult result) throws Exception {
		return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
