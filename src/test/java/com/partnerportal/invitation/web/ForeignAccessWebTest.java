package com.partnerportal.invitation.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.partnerportal.invitation.AcceptOutcome;
import com.partnerportal.invitation.CustomerChoices;
import com.partnerportal.invitation.InvitationAcceptance;
import com.partnerportal.invitation.Invitations;
import com.partnerportal.invitation.NewTenantDetails;
import com.partnerportal.invitation.NewTrialInvitation;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestMailServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A partner sees and changes only its own invitations and customers: another partner's
 * are not found (404), exactly like ids that do not exist.
 */
@PortalIntegrationTest
class ForeignAccessWebTest {

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
	JdbcTemplate jdbc;

	PortalUser ownSales;

	UUID ownInvitationId;

	String ownCompany;

	UUID foreignInvitationId;

	String foreignCompany;

	UUID foreignCustomerId;

	@BeforeEach
	void setUp() {
		UUID ownPartner = this.testData.signedPartner(TestData.ALL_SERVICES);
		this.ownSales = this.testData.principal(this.partners,
				this.testData.user(ownPartner, PartnerRole.PARTNER_ADMIN, PartnerRole.SALES_AGENT));
		this.ownCompany = TestData.unique("Own Customer");
		this.ownInvitationId = send(this.ownSales, this.ownCompany, TestData.uniqueEmail("own"));

		UUID foreignPartner = this.testData.signedPartner(TestData.ALL_SERVICES);
		PortalUser foreignSales = this.testData.principal(this.partners,
				this.testData.user(foreignPartner, PartnerRole.SALES_AGENT));
		this.foreignCompany = TestData.unique("Foreign Customer");
		this.foreignInvitationId = send(foreignSales, this.foreignCompany, TestData.uniqueEmail("foreign"));

		String acceptedEmail = TestData.uniqueEmail("foreign-accepted");
		send(foreignSales, TestData.unique("Foreign Tenant"), acceptedEmail);
		AcceptOutcome outcome = this.acceptance
			.accept(tokenOf(acceptedEmail), null,
					new CustomerChoices(
							new NewTenantDetails("Foreign Tenant Ltd",
									TestData.unique("foreign").toLowerCase(Locale.ROOT), "Fay", "a-good-password"),
							false));
		this.foreignCustomerId = ((AcceptOutcome.Accepted) outcome).tenant().customerId();
	}

	@Test
	void ownInvitationIsVisible() throws Exception {
		String page = page(
				this.mvc.perform(get("/partner/invitations/{id}", this.ownInvitationId).with(user(this.ownSales)))
					.andExpect(status().isOk())
					.andReturn());

		assertThat(page).contains(this.ownCompany);
	}

	@Test
	void anotherPartnersInvitationIsNotFound() throws Exception {
		String page = page(
				this.mvc.perform(get("/partner/invitations/{id}", this.foreignInvitationId).with(user(this.ownSales)))
					.andExpect(status().isNotFound())
					.andReturn());

		assertThat(page).contains(english("error.404.text")).doesNotContain(this.foreignCompany);
	}

	@Test
	void anotherPartnersInvitationCannotBeRevoked() throws Exception {
		Map<String, Object> before = invitationRow(this.foreignInvitationId);

		this.mvc
			.perform(post("/partner/invitations/{id}/revoke", this.foreignInvitationId).with(user(this.ownSales))
				.with(csrf()))
			.andExpect(status().isNotFound());

		assertThat(invitationRow(this.foreignInvitationId)).isEqualTo(before);
		assertThat(before.get("state")).isEqualTo("SENT");
	}

	@Test
	void anotherPartnersInvitationCannotBeResent() throws Exception {
		Map<String, Object> before = invitationRow(this.foreignInvitationId);

		this.mvc
			.perform(post("/partner/invitations/{id}/resend", this.foreignInvitationId).with(user(this.ownSales))
				.with(csrf()))
			.andExpect(status().isNotFound());

		assertThat(invitationRow(this.foreignInvitationId)).isEqualTo(before);
	}

	@Test
	void anotherPartnersCustomerIsNotFound() throws Exception {
		String page = page(
				this.mvc.perform(get("/partner/customers/{id}", this.foreignCustomerId).with(user(this.ownSales)))
					.andExpect(status().isNotFound())
					.andReturn());

		assertThat(page).contains(english("error.404.text")).doesNotContain("Foreign Tenant Ltd");
	}

	@Test
	void theListShowsOnlyOwnInvitationsAndCustomers() throws Exception {
		String invitations = page(this.mvc.perform(get("/partner/invitations").with(user(this.ownSales)))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(invitations).contains(this.ownCompany, this.ownInvitationId.toString())
			.doesNotContain(this.foreignCompany, this.foreignInvitationId.toString());

		String customers = page(this.mvc.perform(get("/partner/customers").with(user(this.ownSales)))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(customers).doesNotContain("Foreign Tenant Ltd", this.foreignCustomerId.toString());
	}

	@Test
	void anUnknownIdIsNotFound() throws Exception {
		UUID random = UUID.randomUUID();
		this.mvc.perform(get("/partner/invitations/{id}", random).with(user(this.ownSales)))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/partner/invitations/{id}/revoke", random).with(user(this.ownSales)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/partner/invitations/{id}/resend", random).with(user(this.ownSales)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/partner/customers/{id}", random).with(user(this.ownSales)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aMalformedIdIsAClientErrorNotAServerError() throws Exception {
		this.mvc.perform(get("/partner/invitations/abc").with(user(this.ownSales)))
			.andExpect(status().is4xxClientError());
		this.mvc.perform(post("/partner/invitations/abc/revoke").with(user(this.ownSales)).with(csrf()))
			.andExpect(status().is4xxClientError());
		this.mvc.perform(post("/partner/invitations/abc/resend").with(user(this.ownSales)).with(csrf()))
			.andExpect(status().is4xxClientError());
		this.mvc.perform(get("/partner/customers/abc").with(user(this.ownSales)))
			.andExpect(status().is4xxClientError());
	}

	private UUID send(PortalUser sender, String company, String email) {
		return this.invitations.send(sender, new NewTrialInvitation(null, company, "Casey Contact", email, "en", null,
				List.of("MAIL_PLAN_1"), false, null, null));
	}

	private static String tokenOf(String email) {
		String link = TestMailServer.invitationLink(TestMailServer.awaitMail(email, ""));
		return link.substring(link.lastIndexOf('/') + 1);
	}

	private Map<String, Object> invitationRow(UUID id) {
		return this.jdbc.queryForMap(
				"select state, token_hash, expires_at, sent_at, decided_at, version from invitation where id = ?", id);
	}

	private String english(String key) {
		return this.messages.getMessage(key, null, Locale.ENGLISH);
	}

	private static String page(MvcResult result) throws Exception {
		return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
