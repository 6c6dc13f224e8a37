package com.partnerportal.invitation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.partnerportal.catalog.BillingTerm;
import com.partnerportal.invitation.InvitationState;
import com.partnerportal.invitation.Invitations;
import com.partnerportal.invitation.NewPurchaseOffer;
import com.partnerportal.invitation.NewTrialInvitation;
import com.partnerportal.invitation.PurchaseOfferLine;
import com.partnerportal.invitation.PurchaseOffers;
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
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Many people (or one impatient one) accepting one link at the same moment with the same
 * domain prefix, over HTTP: one tenant, and every other answer is the "already accepted"
 * page (409), never "prefix taken" (422) and never a 5xx. The prefix of the winning
 * acceptance is this link's own, not someone else's.
 */
@PortalIntegrationTest
class SimultaneousAcceptanceWebTest {

	private static final int ACCEPTANCES = 50;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	Partners partners;

	@Autowired
	Invitations invitations;

	@Autowired
	PurchaseOffers offers;

	@Autowired
	JdbcTemplate jdbc;

	PortalUser sales;

	@BeforeEach
	void setUp() {
		UUID partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		this.sales = this.testData.principal(this.partners, this.testData.user(partnerId, PartnerRole.SALES_AGENT));
	}

	@Test
	void fiftySimultaneousAcceptancesOfATrialInvitationAnswerAlreadyAcceptedExceptOne() throws Exception {
		String email = TestData.uniqueEmail("trial-race");
		this.invitations.send(this.sales, new NewTrialInvitation(null, "Race Trial Ltd", "Casey Contact", email, "en",
				null, List.of("MAIL_PLAN_1"), false, null, null));

		// not opened before: the acceptances are also the link's first views
		assertOneTenantAndOtherwiseAlreadyAccepted(tokenMailedTo(email));
	}

	@Test
	void fiftySimultaneousAcceptancesOfAPurchaseOfferToANewCustomerAnswerAlreadyAcceptedExceptOne() throws Exception {
		String email = TestData.uniqueEmail("offer-race");
		this.offers.send(this.sales, new NewPurchaseOffer(null, "Race Offer Ltd", "Casey Contact", email, "en", null,
				List.of(new PurchaseOfferLine("MAIL_PLAN_1", 3, BillingTerm.MONTHLY)), 30, false, null));
		String token = tokenMailedTo(email);
		// opened first, as the form comes from that page
		this.mvc.perform(get("/invitations/{token}", token)).andExpect(status().isOk());

		assertOneTenantAndOtherwiseAlreadyAccepted(token);
	}

	private void assertOneTenantAndOtherwiseAlreadyAccepted(String token) throws Exception {
		String prefix = TestData.unique("race").toLowerCase(Locale.ROOT);

		List<MvcResult> answers = acceptAllAtOnce(token, prefix);

		assertThat(answers).extracting((answer) -> answer.getResponse().getStatus())
			.containsOnly(302, 409)
			.filteredOn((status) -> status == 302)
			.hasSize(1);
		assertThat(answers).filteredOn((answer) -> answer.getResponse().getStatus() == 409)
			.hasSize(ACCEPTANCES - 1)
			.allSatisfy((answer) -> {
				assertThat(answer.getModelAndView().getViewName()).isEqualTo(InvitationLinkController.VIEW_CLOSED);
				assertThat(answer.getModelAndView().getModel()).containsEntry("state", InvitationState.ACCEPTED);
			});
		assertThat(this.jdbc.queryForObject("select count(*) from customer where domain_prefix = ?", Integer.class,
				prefix))
			.isOne();
	}

	private List<MvcResult> acceptAllAtOnce(String token, String prefix) throws Exception {
		ExecutorService executor = Executors.newFixedThreadPool(ACCEPTANCES);
		try {
			CountDownLatch ready = new CountDownLatch(ACCEPTANCES);
			CountDownLatch go = new CountDownLatch(1);
			List<Future<MvcResult>> answers = new ArrayList<>();
			for (int i = 0; i < ACCEPTANCES; i++) {
				Callable<MvcResult> accept = () -> {
					ready.countDown();
					go.await();
					return this.mvc
						.perform(post("/invitations/{token}/accept", token).with(csrf())
							.param("organizationName", "Race Ltd")
							.param("domainPrefix", prefix)
							.param("adminName", "Ann Admin")
							.param("password", "a-good-password")
							.param("passwordConfirmation", "a-good-password"))
						.andReturn();
				};
				answers.add(executor.submit(accept));
			}
			assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
			go.countDown();
			List<MvcResult> results = new ArrayList<>();
			for (Future<MvcResult> answer : answers) {
				results.add(answer.get(120, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			executor.shutdownNow();
		}
	}

	private static String tokenMailedTo(String email) {
		return TestMailServer.token(TestMailServer.awaitMail(email, ""));
	}

}
