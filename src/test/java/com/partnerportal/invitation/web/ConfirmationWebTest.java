package com.partnerportal.invitation.web;

import java.util.List;
import java.util.UUID;

import com.partnerportal.invitation.Invitations;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 7, item 16: revoking an invitation and declining one each ask for confirmation
 * first (the first GET or POST changes nothing), and on the acceptance page the accept
 * form comes before decline in tab order.
 */
@PortalIntegrationTest
class ConfirmationWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	Partners partners;

	@Autowired
	Invitations invitations;

	@Autowired
	JdbcTemplate jdbc;

	PortalUser sales;

	UUID invitationId;

	String token;

	@BeforeEach
	void setUp() {
		UUID partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		this.sales = this.testData.principal(this.partners, this.testData.user(partnerId, PartnerRole.SALES_AGENT));
		String email = TestData.uniqueEmail("confirm");
		this.invitationId = this.invitations.send(this.sales, new NewTrialInvitation(null, "Confirm Co", "Casey", email,
				"en", null, List.of("MAIL_PLAN_1"), false, null, null));
		this.token = TestMailServer.token(TestMailServer.awaitMail(email, ""));
	}

	@Test
	void revokingAsksFirstAndOnlyTheConfirmationRevokes() throws Exception {
		this.mvc.perform(get("/partner/invitations/{id}", this.invitationId).with(user(this.sales)))
			.andExpect(
					content().string(containsString("href=\"/partner/invitations/" + this.invitationId + "/revoke\"")));

		confirmationShown(
				this.mvc.perform(get("/partner/invitations/{id}/revoke", this.invitationId).with(user(this.sales))),
				"confirm-revoke");
		assertThat(state()).isEqualTo("SENT");
		confirmationShown(this.mvc
			.perform(post("/partner/invitations/{id}/revoke", this.invitationId).with(csrf()).with(user(this.sales))),
				"confirm-revoke");
		assertThat(state()).isEqualTo("SENT");

		this.mvc
			.perform(post("/partner/invitations/{id}/revoke", this.invitationId).with(csrf())
				.with(user(this.sales))
				.param("confirmed", "true"))
			.andExpect(redirectedUrl("/partner/invitations/" + this.invitationId));
		assertThat(state()).isEqualTo("REVOKED");
		this.mvc.perform(get("/partner/invitations/{id}/revoke", this.invitationId).with(user(this.sales)))
			.andExpect(status().isConflict());
	}

	@Test
	void decliningAsksFirstAndOnlyTheConfirmationDeclines() throws Exception {
		confirmationShown(this.mvc.perform(get("/invitations/{token}/decline", this.token)), "confirm-decline");
		assertThat(state()).isEqualTo("VIEWED");
		confirmationShown(this.mvc.perform(post("/invitations/{token}/decline", this.token).with(csrf())),
				"confirm-decline");
		assertThat(state()).isEqualTo("VIEWED");

		this.mvc.perform(post("/invitations/{token}/decline", this.token).with(csrf()).param("confirmed", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Invitation declined")));
		assertThat(state()).isEqualTo("DECLINED");
		TestMailServer.awaitMail(this.sales.getUsername(), "declined");
	}

	@Test
	void theAcceptFormComesBeforeDeclineInTabOrder() throws Exception {
		String page = this.mvc.perform(get("/invitations/{token}", this.token))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page.indexOf("id=\"accept-form\"")).isPositive();
		assertThat(page.indexOf("id=\"decline\"")).isGreaterThan(page.indexOf("id=\"accept\""));
		assertThat(page).doesNotContain("tabindex=\"");
	}

	private static void confirmationShown(ResultActions result, String confirmButton) throws Exception {
		result.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"" + confirmButton + "\"")))
			.andExpect(content().string(containsString("name=\"confirmed\" value=\"true\"")))
			.andExpect(content().string(not(containsString("Invitation declined"))));
	}

	private String state() {
		return this.jdbc.queryForObject("select state from invitation where id = ?", String.class, this.invitationId);
	}

}
