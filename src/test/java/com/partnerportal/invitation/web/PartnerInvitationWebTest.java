package com.partnerportal.invitation.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import com.partnerportal.customer.CustomerAccounts;
import com.partnerportal.invitation.AcceptOutcome;
import com.partnerportal.invitation.CustomerChoices;
import com.partnerportal.invitation.InvitationAcceptance;
import com.partnerportal.invitation.Invitations;
import com.partnerportal.invitation.NewTenantDetails;
import com.partnerportal.invitation.NewTrialInvitation;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.platform.security.BackOfficeAdmins;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestMailServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The partner's new-invitation form over HTTP with the whole portal: a valid form is sent
 * and saved, offers the partner may not sell are refused by the real rules with nothing
 * saved, and who may use the form at all. The form's own validation (each bad value at
 * its field, in every language) is {@link TrialInvitationFormValidationTest}, a web
 * slice.
 */
@PortalIntegrationTest
class PartnerInvitationWebTest {

	private static final String NOT_AUTHORIZED = "One of the chosen offers is not available to your organization for a trial.";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	Partners partners;

	@Autowired
	CustomerAccounts customerAccounts;

	@Autowired
	BackOfficeAdmins backOfficeAdmins;

	@Autowired
	InvitationAcceptance acceptance;

	@Autowired
	Invitations invitations;

	@Autowired
	MessageSource messages;

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
	void theFormOffersOnlyTrialOffersOfTheAuthorizedServices() throws Exception {
		UUID mailOnly = this.testData.signedPartner(Set.of("MAIL"));
		PortalUser seller = this.testData.principal(this.partners,
				this.testData.user(mailOnly, PartnerRole.PARTNER_ADMIN));

		String page = page(this.mvc.perform(get("/partner/invitations/new").with(user(seller)))
			.andExpect(status().isOk())
			.andReturn());

		assertThat(page).contains(english("invitationForm.heading"), "id=\"offer-MAIL_PLAN_1\"")
			.doesNotContain("id=\"offer-BUSINESS_STANDARD\"", "id=\"offer-MAIL_ARCHIVING\"");
	}

	@Test
	void rejectsAnOfferThePartnerMayNotSell() throws Exception {
		UUID mailOnly = this.testData.signedPartner(Set.of("MAIL"));
		PortalUser seller = this.testData.principal(this.partners,
				this.testData.user(mailOnly, PartnerRole.SALES_AGENT));

		String page = page(this.mvc
			.perform(post("/partner/invitations").with(user(seller))
				.with(csrf())
				.params(validForm((form) -> form.set("offerCodes", "BUSINESS_STANDARD"))))
			.andExpect(status().isUnprocessableContent())
			.andReturn());

		assertThat(page).contains(NOT_AUTHORIZED);
		assertThat(invitationsOf(mailOnly)).isZero();
	}

	@Test
	void rejectsAnOfferWithoutTrialTerms() throws Exception {
		assertRejected((form) -> form.set("offerCodes", "MAIL_ARCHIVING"), NOT_AUTHORIZED);
	}

	@Test
	void sendsAValidInvitationAndRedirectsToItsPage() throws Exception {
		String company = TestData.unique("Valid Co");

		MvcResult result = this.mvc
			.perform(post("/partner/invitations").with(user(this.sales))
				.with(csrf())
				.params(validForm((form) -> form.set("companyName", company))))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/partner/invitations/*"))
			.andExpect(flash().attribute("flash", "invitation.flash.sent"))
			.andReturn();

		String location = result.getResponse().getRedirectedUrl();
		UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		assertThat(this.jdbc.queryForObject("select company_name from invitation where id = ? and partner_id = ?",
				String.class, id, this.partnerId))
			.isEqualTo(company);
		assertThat(invitationsOf(this.partnerId)).isOne();

		String detail = page(
				this.mvc.perform(get(location).with(user(this.sales))).andExpect(status().isOk()).andReturn());
		assertThat(detail).contains(company);
	}

	@Test
	void refusesAPostWithoutCsrfToken() throws Exception {
		this.mvc.perform(post("/partner/invitations").with(user(this.sales)).params(validForm((form) -> {
		}))).andExpect(status().isForbidden());

		assertThat(invitationsOf(this.partnerId)).isZero();
	}

	@Test
	void sendsAnonymousVisitorsToTheSignInPage() throws Exception {
		this.mvc.perform(get("/partner")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/partner/invitations/new"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
	}

	@ParameterizedTest
	@EnumSource(names = { "HELPDESK_AGENT", "ADMIN_AGENT" })
	void refusesTheFormToUsersWhoDoNotSell(PartnerRole role) throws Exception {
		PortalUser nonSeller = this.testData.principal(this.partners, this.testData.user(this.partnerId, role));

		this.mvc.perform(get("/partner/invitations/new").with(user(nonSeller))).andExpect(status().isForbidden());
		this.mvc.perform(post("/partner/invitations").with(user(nonSeller)).with(csrf()).params(validForm((form) -> {
		}))).andExpect(status().isForbidden());

		assertThat(invitationsOf(this.partnerId)).isZero();
		// they still see the partner pages
		this.mvc.perform(get("/partner").with(user(nonSeller))).andExpect(status().isOk());
	}

	@Test
	void refusesPartnerPagesToAPartnerWithoutSignedAgreement() throws Exception {
		UUID unsigned = this.testData.unsignedPartner();
		PortalUser user = this.testData.principal(this.partners,
				this.testData.user(unsigned, PartnerRole.PARTNER_ADMIN, PartnerRole.SALES_AGENT));

		// issue 10: not a dead end, the agreement page where its admin signs
		this.mvc.perform(get("/partner").with(user(user)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/partner/agreement"));

		this.mvc.perform(post("/partner/invitations").with(user(user)).with(csrf()).params(validForm((form) -> {
		}))).andExpect(status().isForbidden());
		assertThat(invitationsOf(unsigned)).isZero();
	}

	@Test
	void keepsEachKindOfAccountInItsOwnArea() throws Exception {
		PortalUser customerAdmin = customerAdmin();
		this.mvc.perform(get("/partner").with(user(customerAdmin))).andExpect(status().isForbidden());
		this.mvc.perform(get("/partner/invitations/new").with(user(customerAdmin))).andExpect(status().isForbidden());
		this.mvc.perform(get("/customer").with(user(customerAdmin))).andExpect(status().isOk());

		this.mvc.perform(get("/customer").with(user(this.sales))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/mail").with(user(this.sales))).andExpect(status().isForbidden());
		this.mvc.perform(get("/partner").with(user(this.sales))).andExpect(status().isOk());

		PortalUser backOffice = this.backOfficeAdmins.findForSignIn("admin@operator.example").orElseThrow();
		this.mvc.perform(get("/partner").with(user(backOffice))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/mail").with(user(backOffice))).andExpect(status().isOk());
	}

	private void assertRejected(Consumer<MultiValueMap<String, String>> change, String expectedMessage)
			throws Exception {
		String page = page(this.mvc
			.perform(post("/partner/invitations").with(user(this.sales)).with(csrf()).params(validForm(change)))
			.andExpect(status().isUnprocessableContent())
			.andReturn());

		assertThat(page).contains(expectedMessage, "Please correct the marked fields.");
		assertThat(invitationsOf(this.partnerId)).isZero();
	}

	private static MultiValueMap<String, String> validForm(Consumer<MultiValueMap<String, String>> change) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("companyName", "Contoso Customer");
		form.add("contactName", "Casey Contact");
		form.add("email", TestData.uniqueEmail("customer"));
		form.add("language", "en");
		form.add("personalMessage", "Welcome!");
		form.add("offerCodes", "MAIL_PLAN_1");
		change.accept(form);
		return form;
	}

	private int invitationsOf(UUID partner) {
		return this.jdbc.queryForObject("select count(*) from invitation where partner_id = ?", Integer.class, partner);
	}

	private String english(String key) {
		return this.messages.getMessage(key, null, Locale.ENGLISH);
	}

	private PortalUser customerAdmin() {
		String email = TestData.uniqueEmail("customer");
		this.invitations.send(this.sales, new NewTrialInvitation(null, "Customer " + email, "Casey", email, "en", null,
				List.of("MAIL_PLAN_1"), false, null, null));
		String link = TestMailServer.invitationLink(TestMailServer.awaitMail(email, ""));
		String prefix = TestData.unique("area").toLowerCase(Locale.ROOT);
		AcceptOutcome outcome = this.acceptance.accept(link.substring(link.lastIndexOf('/') + 1), null,
				new CustomerChoices(new NewTenantDetails("Area Ltd", prefix, "Ann Admin", "a-good-password"), false));
		String signInName = ((AcceptOutcome.Accepted) outcome).tenant().admin().getUsername();
		return this.customerAccounts.findForSignIn(signInName).orElseThrow();
	}

	static String page(MvcResult result) throws Exception {
		return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
