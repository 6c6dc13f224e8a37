package com.partnerportal.platform.throttle;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.partnerportal.invitation.Invitations;
import com.partnerportal.invitation.NewTrialInvitation;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.platform.SecureTokens;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestMailServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Anonymous requests that send mail (accepting or declining through an invitation link)
 * are throttled per client address and per link, and the per-address sign-in limit holds,
 * with low limits set for this test alone.
 */
@PortalIntegrationTest
@TestPropertySource(properties = { "portal.throttle.limits.invitation-link-per-address=3/1h",
		"portal.throttle.limits.invitation-link-per-link=2/1h", "portal.throttle.limits.sign-in-per-address=4/15m" })
class AnonymousMailThrottleTest {

	@LocalServerPort
	int port;

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

	String account;

	@BeforeEach
	void setUp() {
		UUID partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		this.account = this.testData.user(partnerId, PartnerRole.SALES_AGENT);
		this.sales = this.testData.principal(this.partners, this.account);
	}

	@Test
	void oneLinkIsAnsweredWith429PastItsLimit() throws Exception {
		String token = invite();
		this.mvc.perform(decline(token, "192.0.2.1")).andExpect(status().isOk());
		this.mvc.perform(decline(token, "192.0.2.2")).andExpect(status().isConflict());

		MvcResult refused = this.mvc.perform(accept(token, "192.0.2.3"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andReturn();

		// 2 per hour: one more every 30 minutes
		assertThat(page(refused)).contains("Too many requests",
				"Too many requests came from your address or for this link. Please try again in 30 min.");
	}

	@Test
	void oneAddressIsAnsweredWith429PastItsLimitAndNothingIsDeclined() throws Exception {
		String address = "198.51.100.7";
		for (int i = 0; i < 3; i++) {
			this.mvc.perform(decline(invite(), address)).andExpect(status().isOk());
		}
		String fourth = invite();

		MvcResult refused = this.mvc.perform(decline(fourth, address).header("Accept-Language", "ko"))
			.andExpect(status().isTooManyRequests())
			.andReturn();

		// 3 per hour: one more every 20 minutes
		assertThat(page(refused)).contains("요청이 너무 많습니다", "20분 후에 다시 시도하세요.");
		assertThat(stateOf(fourth)).isEqualTo("SENT");
		this.mvc.perform(decline(fourth, "198.51.100.8")).andExpect(status().isOk());
		assertThat(stateOf(fourth)).isEqualTo("DECLINED");
	}

	@Test
	void oneAddressIsRefusedSignInPastItsLimitWhileOthersSignIn() throws Exception {
		SignInClient sprayer = new SignInClient(this.port, "127.0.0.21", "en");
		for (int i = 0; i < 4; i++) {
			assertThat(sprayer.signIn(TestData.uniqueEmail("guess"), "not-the-password").statusCode()).isEqualTo(302);
		}

		HttpResponse<String> refused = sprayer.signIn(this.account, TestData.PASSWORD);

		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(SignInClient.text(refused)).contains("please try again in 4 min.");
		assertThat(new SignInClient(this.port, "127.0.0.22", "en").signIn(this.account, TestData.PASSWORD).statusCode())
			.isEqualTo(302);
	}

	private String invite() {
		String email = TestData.uniqueEmail("throttled");
		this.invitations.send(this.sales, new NewTrialInvitation(null, TestData.unique("Throttled Co"), "Casey Contact",
				email, "en", null, List.of("BUSINESS_STANDARD"), false, null, null));
		String link = TestMailServer.invitationLink(TestMailServer.awaitMail(email, ""));
		return link.substring(link.lastIndexOf('/') + 1);
	}

	private String stateOf(String token) {
		return this.jdbc.queryForObject("select state from invitation where token_hash = ?", String.class,
				SecureTokens.hash(token));
	}

	private static MockHttpServletRequestBuilder decline(String token, String clientAddress) {
		return post("/invitations/{token}/decline", token).with(csrf()).param("confirmed", "true").with((request) -> {
			request.setRemoteAddr(clientAddress);
			return request;
		});
	}

	private static MockHttpServletRequestBuilder accept(String token, String clientAddress) {
		return post("/invitations/{token}/accept", token).with(csrf())
			.param("organizationName", "Throttled Org")
			.param("domainPrefix", "throttled-org")
			.param("adminName", "Ada Admin")
			.param("password", "a-good-password")
			.param("passwordConfirmation", "a-good-password")
			.with((request) -> {
				request.setRemoteAddr(clientAddress);
				return request;
			});
	}

	private static String page(MvcResult result) throws Exception {
		return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
