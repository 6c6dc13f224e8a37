package com.partnerportal.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.partnerportal.catalog.BillingTerm;
import com.partnerportal.customer.CustomerAccounts;
import com.partnerportal.invitation.AcceptOutcome;
import com.partnerportal.invitation.CustomerChoices;
import com.partnerportal.invitation.InvitationAcceptance;
import com.partnerportal.invitation.Invitations;
import com.partnerportal.invitation.NewPurchaseOffer;
import com.partnerportal.invitation.NewTenantDetails;
import com.partnerportal.invitation.NewTrialInvitation;
import com.partnerportal.invitation.PurchaseOfferLine;
import com.partnerportal.invitation.PurchaseOffers;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.security.BackOfficeAdmins;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestMailServer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every main page renders in English, Japanese and Korean, with no text missing
 * (Thymeleaf marks a missing message as ??key??), the page's language declared and one
 * title.
 */
@PortalIntegrationTest
class PagesInEveryLanguageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	Partners partners;

	@Autowired
	CustomerAccounts customerAccounts;

	@Autowired
	InvitationAcceptance acceptance;

	@Autowired
	Invitations invitations;

	@Autowired
	PurchaseOffers offers;

	@Autowired
	BackOfficeAdmins admins;

	@Test
	void everyPageRendersInEveryLanguageWithNoTextMissing() throws Exception {
		UUID partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		PortalUser sales = this.testData.principal(this.partners, this.testData.user(partnerId,
				PartnerRole.PARTNER_ADMIN, PartnerRole.SALES_AGENT, PartnerRole.ADMIN_AGENT));
		String email = TestData.uniqueEmail("lang");
		UUID trialId = this.invitations.send(sales, new NewTrialInvitation(null, "Lang Co", "Lee", email, "ko", "Hi",
				List.of("BUSINESS_STANDARD"), true, null, null));
		String trialLink = path(TestMailServer.awaitMail(email, ""));
		String openLink = trialLink;
		AcceptOutcome.Accepted accepted = (AcceptOutcome.Accepted) this.acceptance
			.accept(trialLink.substring("/invitations/".length()), null, new CustomerChoices(
					new NewTenantDetails("Lang Co", TestData.unique("lang").toLowerCase(), "Lee", "a-good-password"),
					true));
		PortalUser customerAdmin = this.customerAccounts.findForSignIn(accepted.tenant().admin().getUsername())
			.orElseThrow();
		UUID customerId = accepted.customerId();
		int before = TestMailServer.mailsTo(email).size();
		UUID offerId = this.offers.send(sales, new NewPurchaseOffer(customerId, null, null, null, null, null,
				List.of(new PurchaseOfferLine("MAIL_PLAN_1", 3, BillingTerm.ANNUAL)), 30, false, null));
		org.awaitility.Awaitility.await().until(() -> TestMailServer.mailsTo(email).size() > before);
		String offerLink = path(TestMailServer.mailsTo(email).get(before));
		PortalUser backOffice = this.admins.findForSignIn("admin@operator.example").orElseThrow();

		List<Page> pages = new ArrayList<>(List.of(new Page("/", null), new Page("/login", null),
				new Page("/partner", sales), new Page("/partner/invitations", sales),
				new Page("/partner/invitations?kind=PURCHASE", sales), new Page("/partner/invitations/new", sales),
				new Page("/partner/offers/new", sales), new Page("/partner/invitations/" + trialId, sales),
				new Page("/partner/invitations/" + offerId, sales), new Page("/partner/customers", sales),
				new Page("/partner/customers/" + customerId, sales), new Page("/partner/partner-of-record", sales),
				new Page("/partner/delegated-admin-requests/new", sales), new Page("/customer", customerAdmin),
				new Page("/customer/partners", customerAdmin),
				new Page("/customer/partners/delegated-admin/remove", customerAdmin),
				new Page("/customer/activity?who=everyone", customerAdmin), new Page(offerLink, customerAdmin),
				new Page(offerLink, null), new Page(openLink, null), new Page("/admin", backOffice),
				new Page("/admin/mail", backOffice), new Page("/admin/activity", backOffice),
				new Page("/invitations/" + "A".repeat(43), null),
				new Page("/partner/customers/" + UUID.randomUUID(), sales)));
		for (Locale locale : List.of(Locale.ENGLISH, Locale.JAPANESE, Locale.KOREAN)) {
			for (Page page : pages) {
				// An invitation's pages speak its own language unless the visitor picks
				// one.
				String path = page.path().startsWith("/invitations/") ? page.path() + "?lang=" + locale.getLanguage()
						: page.path();
				var request = get(path).locale(locale).header("Accept-Language", locale.getLanguage());
				if (page.user() != null) {
					request.with(user(page.user()));
				}
				MvcResult result = this.mvc.perform(request).andReturn();
				String html = result.getResponse().getContentAsString();
				assertThat(result.getResponse().getStatus()).as("%s in %s", page.path(), locale).isLessThan(500);
				assertThat(html).as("%s in %s", page.path(), locale)
					.doesNotContain("??")
					.contains("lang=\"" + locale.getLanguage() + "\"");
				// one title (the page's, with the site's name), whatever the layout adds
				assertThat(html.split("<title>", -1)).as("%s in %s: one <title>", page.path(), locale).hasSize(2);
			}
		}
	}

	private static String path(jakarta.mail.internet.MimeMessage mail) {
		String link = TestMailServer.invitationLink(mail);
		return link.substring(link.indexOf("/invitations/"));
	}

	record Page(String path, PortalUser user) {
	}

}
