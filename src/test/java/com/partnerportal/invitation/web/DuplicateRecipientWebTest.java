package com.partnerportal.invitation.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.partnerportal.customer.SubscriptionStatus;
import com.partnerportal.customer.Subscriptions;
import com.partnerportal.invitation.Invitations;
import com.partnerportal.invitation.NewTrialInvitation;
import com.partnerportal.invitation.RecipientAlreadyKnownException;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
 * Issue 7, item 13: two invitations to one email must not silently make two tenants. The
 * partner is told of an open invitation or a tenant with that contact email and must
 * confirm; on the link, a person who administers a tenant accepts into it.
 */
@PortalIntegrationTest
class DuplicateRecipientWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	TestTenants tenants;

	@Autowired
	Partners partners;

	@Autowired
	Subscriptions customerSubscriptions;

	@Autowired
	Invitations invitations;

	@Autowired
	JdbcTemplate jdbc;

	PortalUser sales;

	@BeforeEach
	void setUp() {
		UUID partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		this.sales = this.testData.principal(this.partners, this.testData.user(partnerId, PartnerRole.SALES_AGENT));
	}

	@Test
	void aSecondTrialOrOfferToAnEmailWithAnOpenInvitationNeedsConfirmation() throws Exception {
		String email = TestData.uniqueEmail("twice");
		UUID first = this.invitations.send(this.sales, new NewTrialInvitation(null, "Twice Co", "Tess", email, "en",
				null, List.of("MAIL_PLAN_1"), false, null, null));

		this.mvc.perform(trial(email.toUpperCase(Locale.ROOT)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"recipient-duplicates\"")))
			.andExpect(content().string(containsString("href=\"/partner/invitations/" + first + "\"")))
			.andExpect(content().string(containsString("name=\"sendDespiteDuplicates\"")));
		this.mvc.perform(offer(email))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("href=\"/partner/invitations/" + first + "\"")));
		assertThat(invitationsTo(email)).isOne();
		assertThatThrownBy(() -> this.invitations.send(this.sales, new NewTrialInvitation(null, "Twice Co", "Tess",
				email, "en", null, List.of("MAIL_PLAN_1"), false, null, null)))
			.isInstanceOf(RecipientAlreadyKnownException.class);

		this.mvc.perform(trial(email).param("sendDespiteDuplicates", "true")).andExpect(status().is3xxRedirection());
		assertThat(invitationsTo(email)).isEqualTo(2);
	}

	@Test
	void anEmailOfAnExistingTenantIsNamedForTheOwnCustomerAndOnlyMentionedForAnotherPartners() throws Exception {
		Tenant own = this.tenants.acceptedTrial(this.sales, null, false, "MAIL_PLAN_1");
		this.mvc.perform(trial(own.contactEmail()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("href=\"/partner/customers/" + own.customerId() + "\"")))
			.andExpect(content().string(containsString(own.name())));

		Tenant foreign = this.tenants.acceptedTrial("MAIL_PLAN_1");
		this.mvc.perform(offer(foreign.contactEmail()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"duplicate-other-tenant\"")))
			.andExpect(content().string(not(containsString(foreign.name()))));
		assertThat(invitationsTo(foreign.contactEmail())).isOne();
	}

	@Test
	void aTenantAdminAcceptsANewCustomersInvitationIntoItsTenant() throws Exception {
		Tenant tenant = this.tenants.acceptedTrial(this.sales, null, false, "MAIL_PLAN_1");
		int before = TestMailServer.mailsTo(tenant.contactEmail()).size();
		this.mvc.perform(trial(tenant.contactEmail()).param("sendDespiteDuplicates", "true"))
			.andExpect(status().is3xxRedirection());
		String path = TestMailServer.path(TestMailServer.nextMailTo(tenant.contactEmail(), before));

		this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"sign-in-to-accept\"")))
			.andExpect(content().string(containsString("/login?continue=" + path)));
		this.mvc.perform(get(path).with(user(tenant.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"accept-into-tenant\"")))
			.andExpect(content().string(containsString(tenant.domain())));

		this.mvc.perform(post(path + "/accept").with(csrf()).with(user(tenant.admin())).param("intoMyTenant", "true"))
			.andExpect(redirectedUrl("/customer"));

		assertThat(this.jdbc.queryForObject("select count(*) from customer_account where contact_email = ?",
				Integer.class, tenant.contactEmail()))
			.isOne();
		assertThat(this.customerSubscriptions.subscriptions(tenant.customerId())).anySatisfy((s) -> {
			assertThat(s.offerCode()).isEqualTo("BUSINESS_PREMIUM");
			assertThat(s.status()).isEqualTo(SubscriptionStatus.TRIAL);
		});
		assertThat(this.jdbc.queryForObject(
				"select customer_id from invitation where email = ? and state = 'ACCEPTED' and kind = 'TRIAL'"
						+ " order by created_at desc limit 1",
				UUID.class, tenant.contactEmail()))
			.isEqualTo(tenant.customerId());
	}

	private MockHttpServletRequestBuilder trial(String email) {
		return post("/partner/invitations").with(csrf())
			.with(user(this.sales))
			.param("companyName", "Twice Co")
			.param("contactName", "Tess")
			.param("email", email)
			.param("language", "en")
			.param("offerCodes", "BUSINESS_PREMIUM");
	}

	private MockHttpServletRequestBuilder offer(String email) {
		return post("/partner/offers").with(csrf())
			.with(user(this.sales))
			.param("companyName", "Twice Co")
			.param("contactName", "Tess")
			.param("email", email)
			.param("language", "en")
			.param("validDays", "30")
			.param("lines[0].offerCode", "MAIL_PLAN_1")
			.param("lines[0].quantity", "5")
			.param("lines[0].billingTerm", "MONTHLY");
	}

	private int invitationsTo(String email) {
		return this.jdbc.queryForObject("select count(*) from invitation where lower(email) = lower(?)", Integer.class,
				email);
	}

}
