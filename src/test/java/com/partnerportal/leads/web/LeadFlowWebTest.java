package com.partnerportal.leads.web;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.partnerportal.invitation.InvitationDraft;
import com.partnerportal.leads.LeadFigures;
import com.partnerportal.leads.Leads;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.partner.Program;
import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.BackOfficeRole;
import com.partnerportal.platform.CloudInstance;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestClock;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestMailServer;
import com.partnerportal.testing.TestTenants;
import com.partnerportal.testing.TestTenants.Tenant;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Contact requests end to end on the real database and mail server: a visitor writes,
 * confirms its email from the mailed link, the partner's seller answers in its inbox and
 * sends a trial invitation linked to the lead; an unanswered lead expires and the
 * customer is shown other partners.
 */
@PortalIntegrationTest
class LeadFlowWebTest {

	private static final Pattern VERIFY_LINK = Pattern.compile("/marketplace/leads/verify/[A-Za-z0-9_-]{43}");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	TestTenants tenants;

	@Autowired
	Partners partners;

	@Autowired
	Leads leads;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	UUID partnerId;

	PortalUser seller;

	String address;

	@BeforeEach
	void setUp() {
		this.partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		this.seller = this.testData.principal(this.partners,
				this.testData.user(this.partnerId, PartnerRole.SALES_AGENT));
		this.address = "198.51.100." + (System.nanoTime() % 250 + 1) + "-" + UUID.randomUUID();
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aVisitorConfirmsItsEmailAndThePartnerReceivesTheRequest() throws Exception {
		String email = TestData.uniqueEmail("visitor");
		this.mvc.perform(contact(email, "MAIL"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/marketplace/partners/" + this.partnerId + "/contact/sent"))
			.andExpect(flash().attribute("flash", "leads.flash.verifyEmail"));
		UUID leadId = leadOf(email);
		assertThat(stateOf(leadId)).isEqualTo("UNVERIFIED");
		assertThat(this.jdbc.queryForObject("select token_hash from lead where id = ?", String.class, leadId))
			.hasSize(64);

		String link = verifyPath(TestMailServer.awaitMail(email, "Confirm your request"));
		String page = this.mvc.perform(get(link))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("confirm-email");
		assertThat(stateOf(leadId)).as("a GET changes nothing").isEqualTo("UNVERIFIED");
		assertThat(this.mvc.perform(get("/partner/leads/" + leadId).with(user(this.seller)))
			.andReturn()
			.getResponse()
			.getStatus()).as("the partner does not see it yet").isEqualTo(404);

		this.mvc.perform(post(link).with(csrf()).with(from(this.address)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/marketplace/leads/verified"));
		assertThat(stateOf(leadId)).isEqualTo("OPEN");
		assertThat(this.jdbc.queryForObject(
				"select extract(epoch from answer_due_at - received_at) from lead where id = ? and token_hash is null",
				Double.class, leadId))
			.isEqualTo(72 * 3600.0);
		this.mvc.perform(post(link).with(csrf()).with(from(this.address))).andExpect(status().isConflict());

		TestMailServer.awaitMail(this.seller.getUsername(), "New contact request from");
		String inbox = this.mvc.perform(get("/partner/leads").with(user(this.seller)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(inbox).contains("lead-" + leadId, "71 h 59 min");
	}

	@Test
	void aForgedOrUnknownLinkIsNotFound() throws Exception {
		this.mvc.perform(get("/marketplace/leads/verify/forged")).andExpect(status().isNotFound());
		this.mvc.perform(get("/marketplace/leads/verify/" + "A".repeat(43))).andExpect(status().isNotFound());
		this.mvc.perform(post("/marketplace/leads/verify/" + "A".repeat(43)).with(csrf()).with(from(this.address)))
			.andExpect(status().isConflict());
	}

	@Test
	void anExpiredVerificationLinkSaysSoAndChangesNothing() throws Exception {
		String email = TestData.uniqueEmail("late");
		this.mvc.perform(contact(email, "MAIL")).andExpect(status().isFound());
		String link = verifyPath(TestMailServer.awaitMail(email, "Confirm your request"));
		this.clock.advance(Duration.ofHours(25));

		assertThat(
				this.mvc.perform(get(link)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.contains("verify-expired");
		this.mvc.perform(post(link).with(csrf()).with(from(this.address))).andExpect(status().isConflict());
		assertThat(stateOf(leadOf(email))).isEqualTo("UNVERIFIED");
	}

	@Test
	void badInputIsShownWithItsMessagesAndNothingIsSaved() throws Exception {
		String email = TestData.uniqueEmail("bad");
		String page = this.mvc
			.perform(post("/marketplace/partners/" + this.partnerId + "/contact").with(csrf())
				.with(from(this.address))
				.param("contactName", "")
				.param("email", "not-an-address")
				.param("companyName", "x".repeat(201))
				.param("message", ""))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("contactName-error", "email-error", "companyName-error", "companySize-error",
				"serviceCodes-error", "message-error", "Use at most 200 characters.");
		String wrongSize = this.mvc
			.perform(post("/marketplace/partners/" + this.partnerId + "/contact").with(csrf())
				.with(from(this.address))
				.param("contactName", "Casey")
				.param("email", email)
				.param("companyName", "Fabrikam")
				.param("companySize", "HUGE")
				.param("serviceCodes", "MAIL")
				.param("message", "Hello"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(wrongSize).contains("companySize-error", "Choose a company size from the list.");
		this.mvc
			.perform(post("/marketplace/partners/" + this.partnerId + "/contact").with(csrf())
				.with(from(this.address))
				.param("contactName", "Casey")
				.param("email", email)
				.param("companyName", "Fabrikam")
				.param("companySize", "SMALL")
				.param("serviceCodes", "TELEPORTATION")
				.param("message", "Hello"))
			.andExpect(status().isUnprocessableContent());
		assertThat(this.jdbc.queryForObject("select count(*) from lead where email = ?", Integer.class, email))
			.isZero();
	}

	@Test
	void aHiddenPartnerOrOneWithoutTheMarketplaceInItsCloudIsNotContacted() throws Exception {
		this.jdbc.update("update partner set standing = 'HIDDEN' where id = ?", this.partnerId);
		this.mvc.perform(get("/marketplace/partners/" + this.partnerId + "/contact")).andExpect(status().isNotFound());
		this.mvc.perform(contact(TestData.uniqueEmail("hidden"), "MAIL")).andExpect(status().isNotFound());

		UUID vianet = this.partners.register(TestData.unique("Vianet"), CloudInstance.CHINA_21VIANET,
				EnumSet.noneOf(Program.class), TestData.ALL_SERVICES);
		this.partners.signAgreement(vianet, "2026-01", "Signer");
		this.mvc.perform(get("/marketplace/partners/" + vianet + "/contact")).andExpect(status().isForbidden());
		this.mvc.perform(get("/marketplace/partners/" + UUID.randomUUID() + "/contact"))
			.andExpect(status().isNotFound());
	}

	@Test
	void requestsArePerEmailLimited() throws Exception {
		String email = TestData.uniqueEmail("eager");
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(contact(email, "MAIL").with(from(UUID.randomUUID().toString())))
				.andExpect(status().isFound());
		}
		this.mvc.perform(contact(email, "MAIL").with(from(UUID.randomUUID().toString())))
			.andExpect(status().isTooManyRequests());
		assertThat(this.jdbc.queryForObject("select count(*) from lead where email = ?", Integer.class, email))
			.isEqualTo(5);
	}

	@Test
	void requestsArePerAddressLimited() throws Exception {
		for (int i = 0; i < 10; i++) {
			this.mvc.perform(contact(TestData.uniqueEmail("many"), "MAIL")).andExpect(status().isFound());
		}
		this.mvc.perform(contact(TestData.uniqueEmail("many"), "MAIL")).andExpect(status().isTooManyRequests());
	}

	@Test
	void aSignedInCustomerWritesFromItsContactAddressAndThePartnerReceivesItAtOnce() throws Exception {
		Tenant tenant = this.tenants.acceptedTrial();
		String form = this.mvc
			.perform(get("/marketplace/partners/" + this.partnerId + "/contact").with(user(tenant.admin())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).contains(tenant.contactEmail()).doesNotContain("verify-note");

		this.mvc.perform(contact("someone-else@elsewhere.example", "MEETINGS").with(user(tenant.admin())))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flash", "leads.flash.sent"));

		UUID leadId = leadOf(tenant.contactEmail());
		assertThat(stateOf(leadId)).isEqualTo("OPEN");
		assertThat(this.jdbc.queryForObject("select customer_id from lead where id = ?", UUID.class, leadId))
			.isEqualTo(tenant.customerId());
		TestMailServer.awaitMail(this.seller.getUsername(), "New contact request from");
	}

	@Test
	void partnerUsersDoNotWriteContactRequests() throws Exception {
		this.mvc.perform(get("/marketplace/partners/" + this.partnerId + "/contact").with(user(this.seller)))
			.andExpect(status().isForbidden());
	}

	@Test
	void theSellerAcceptsOnceAndSendsATrialInvitationLinkedToTheLead() throws Exception {
		Tenant tenant = this.tenants.acceptedTrial();
		UUID leadId = customerLead(tenant);

		this.mvc.perform(post("/partner/leads/" + leadId + "/accept").with(csrf()).with(user(this.seller)))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flash", "leads.flash.accepted"));
		assertThat(stateOf(leadId)).isEqualTo("ACCEPTED");
		this.mvc.perform(post("/partner/leads/" + leadId + "/accept").with(csrf()).with(user(this.seller)))
			.andExpect(status().isConflict());
		this.mvc
			.perform(post("/partner/leads/" + leadId + "/decline").with(csrf())
				.with(user(this.seller))
				.param("reason", "SPAM"))
			.andExpect(status().isConflict());
		TestMailServer.awaitMail(tenant.contactEmail(), "accepted your request");

		MvcResult handOver = this.mvc.perform(get("/partner/leads/" + leadId + "/invitation").with(user(this.seller)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/partner/invitations/new"))
			.andReturn();
		InvitationDraft draft = (InvitationDraft) handOver.getFlashMap().get(InvitationDraft.ATTRIBUTE);
		assertThat(draft.leadId()).isEqualTo(leadId);
		String form = this.mvc
			.perform(
					get("/partner/invitations/new").with(user(this.seller)).cookie(handOver.getResponse().getCookies()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).contains("invitation-for-lead", "value=\"" + leadId + "\"", tenant.contactEmail());

		String email = tenant.contactEmail();
		this.mvc.perform(invitation(leadId, email)).andExpect(status().isFound());
		UUID invitationId = this.jdbc.queryForObject("select id from invitation where lead_id = ?", UUID.class, leadId);
		assertThat(this.jdbc.queryForObject("select invitation_id from lead where id = ?", UUID.class, leadId))
			.isEqualTo(invitationId);
		assertThat(this.mvc.perform(get("/partner/leads/" + leadId).with(user(this.seller)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("lead-invitation-sent");

		this.mvc.perform(invitation(leadId, TestData.uniqueEmail("second"))).andExpect(status().isConflict());
		assertThat(this.jdbc.queryForObject("select count(*) from invitation where lead_id = ?", Integer.class, leadId))
			.isEqualTo(1);
	}

	@Test
	void aLeadOfAnotherPartnerCannotBeLinkedToAnInvitation() throws Exception {
		UUID otherPartner = this.testData.signedPartner(TestData.ALL_SERVICES);
		Tenant tenant = this.tenants.acceptedTrial();
		UUID leadId = customerLead(tenant);
		PortalUser otherSeller = this.testData.principal(this.partners,
				this.testData.user(otherPartner, PartnerRole.SALES_AGENT));
		this.mvc.perform(get("/partner/leads/" + leadId).with(user(otherSeller))).andExpect(status().isNotFound());
		this.mvc.perform(post("/partner/leads/" + leadId + "/accept").with(csrf()).with(user(otherSeller)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/partner/invitations").with(csrf())
				.with(user(otherSeller))
				.param("companyName", "Forged Co")
				.param("contactName", "Forger")
				.param("email", TestData.uniqueEmail("forged"))
				.param("language", "en")
				.param("offerCodes", "MAIL_PLAN_1")
				.param("leadId", leadId.toString()))
			.andExpect(status().isConflict());
		assertThat(this.jdbc.queryForObject("select count(*) from invitation where lead_id = ?", Integer.class, leadId))
			.isZero();
		assertThat(stateOf(leadId)).isEqualTo("OPEN");
	}

	@Test
	void anAdminAgentDoesNotSeeTheInbox() throws Exception {
		PortalUser agent = this.testData.principal(this.partners,
				this.testData.user(this.partnerId, PartnerRole.ADMIN_AGENT));
		this.mvc.perform(get("/partner/leads").with(user(agent))).andExpect(status().isForbidden());
	}

	@Test
	void decliningNeedsAReasonAndTellsTheCustomer() throws Exception {
		Tenant tenant = this.tenants.acceptedTrial();
		UUID leadId = customerLead(tenant);

		String page = this.mvc
			.perform(post("/partner/leads/" + leadId + "/decline").with(csrf()).with(user(this.seller)))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("reason-error");
		this.mvc
			.perform(post("/partner/leads/" + leadId + "/decline").with(csrf())
				.with(user(this.seller))
				.param("reason", "BOGUS"))
			.andExpect(status().isUnprocessableContent());
		assertThat(stateOf(leadId)).isEqualTo("OPEN");

		this.mvc
			.perform(post("/partner/leads/" + leadId + "/decline").with(csrf())
				.with(user(this.seller))
				.param("reason", "NOT_OUR_REGION"))
			.andExpect(status().isFound());
		assertThat(stateOf(leadId)).isEqualTo("DECLINED");
		String mail = TestMailServer.body(TestMailServer.awaitMail(tenant.contactEmail(), "declined your request"));
		assertThat(mail).contains("We do not serve this region");
	}

	@Test
	void anUnansweredLeadExpiresAndTheCustomerIsShownOtherPartners() throws Exception {
		Tenant tenant = this.tenants.acceptedTrial();
		UUID leadId = customerLead(tenant);
		this.clock.advance(Duration.ofHours(71));
		this.leads.expireOverdue();
		assertThat(stateOf(leadId)).isEqualTo("OPEN");

		this.clock.advance(Duration.ofHours(1).plusMinutes(1));
		this.leads.expireOverdue();

		assertThat(stateOf(leadId)).isEqualTo("EXPIRED");
		String mail = TestMailServer.body(TestMailServer.awaitMail(tenant.contactEmail(), "was not answered"))
			.replace("=\r\n", "")
			.replace("=3D", "=");
		assertThat(mail).contains("/marketplace?service=MEETINGS");
		this.mvc.perform(post("/partner/leads/" + leadId + "/accept").with(csrf()).with(user(this.seller)))
			.andExpect(status().isConflict());
	}

	@Test
	void theBackOfficeSeesLeadFiguresPerPartner() throws Exception {
		Tenant tenant = this.tenants.acceptedTrial();
		UUID accepted = customerLead(tenant);
		this.clock.advance(Duration.ofHours(2));
		this.leads.accept(this.seller, accepted);
		customerLead(this.tenants.acceptedTrial());

		LeadFigures figures = this.leads.figures(this.partnerId);
		assertThat(figures.received()).isEqualTo(2);
		assertThat(figures.accepted()).isEqualTo(1);
		assertThat(figures.open()).isEqualTo(1);
		assertThat(figures.medianAnswerTime()).isBetween(Duration.ofMinutes(119), Duration.ofMinutes(121));

		PortalUser admin = new PortalUser(UUID.randomUUID(), AccountKind.BACK_OFFICE_ADMIN, null,
				"support_agent@operator.example", "Olga Operator", Locale.ENGLISH,
				Set.of(BackOfficeRole.SUPPORT_AGENT.name()), null);
		assertThat(this.mvc.perform(get("/admin/leads").with(user(admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("lead-figures-" + this.partnerId);
		assertThat(this.mvc.perform(get("/admin/partners/" + this.partnerId + "/leads").with(user(admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("partner-lead-figures").doesNotContain("<html");
	}

	@Test
	void answersAndExpiriesAreInTheActivityLogOfTheBackOfficeThePartnerAndTheCustomer() throws Exception {
		Tenant acceptedBy = this.tenants.acceptedTrial();
		UUID accepted = customerLead(acceptedBy);
		UUID declined = customerLead(this.tenants.acceptedTrial());
		UUID expired = customerLead(this.tenants.acceptedTrial());
		this.mvc.perform(post("/partner/leads/" + accepted + "/accept").with(csrf()).with(user(this.seller)))
			.andExpect(status().isFound());
		this.mvc
			.perform(post("/partner/leads/" + declined + "/decline").with(csrf())
				.with(user(this.seller))
				.param("reason", "NOT_OUR_REGION"))
			.andExpect(status().isFound());
		this.clock.advance(Duration.ofHours(73));
		this.leads.expireOverdue();

		await().untilAsserted(() -> assertThat(this.jdbc.queryForList(
				"select action || ' ' || actor_kind || ' ' || coalesce(actor_name, '-') || ' ' || detail "
						+ "from audit_entry where partner_id = ? and action like 'LEAD_%' order by action",
				String.class, this.partnerId))
			.containsExactly("LEAD_ACCEPTED PARTNER_USER " + this.seller.getUsername() + " Fabrikam",
					"LEAD_DECLINED PARTNER_USER " + this.seller.getUsername() + " Fabrikam (NOT_OUR_REGION)",
					"LEAD_EXPIRED SYSTEM - Fabrikam"));
		assertThat(this.jdbc.queryForList(
				"select subject_id from audit_entry where action like 'LEAD_%' " + "and partner_id = ? order by action",
				UUID.class, this.partnerId))
			.containsExactly(accepted, declined, expired);

		PortalUser operator = new PortalUser(UUID.randomUUID(), AccountKind.BACK_OFFICE_ADMIN, null,
				"admin@operator.example", "Olga Operator", Locale.ENGLISH,
				Set.of(BackOfficeRole.BACK_OFFICE_ADMIN.name()), null);
		assertThat(this.mvc
			.perform(get("/admin/activity").param("partner", this.partnerId.toString()).with(user(operator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Contact request accepted", "Contact request declined",
					"Contact request expired unanswered", "Fabrikam (NOT_OUR_REGION)");
		assertThat(this.mvc.perform(get("/admin/partners/" + this.partnerId + "/activity").with(user(operator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString())
			.contains("Contact request accepted", "Contact request declined", "Contact request expired unanswered");
		assertThat(this.mvc.perform(get("/customer/activity").with(user(acceptedBy.admin())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Contact request accepted").doesNotContain("Contact request declined");
	}

	private UUID customerLead(Tenant tenant) throws Exception {
		this.mvc.perform(contact(tenant.contactEmail(), "MEETINGS").with(user(tenant.admin())))
			.andExpect(status().isFound());
		return this.jdbc.queryForObject(
				"select id from lead where customer_id = ? and partner_id = ? order by created_at desc limit 1",
				UUID.class, tenant.customerId(), this.partnerId);
	}

	private MockHttpServletRequestBuilder invitation(UUID leadId, String email) {
		return post("/partner/invitations").with(csrf())
			.with(user(this.seller))
			.param("companyName", TestData.unique("Lead Co"))
			.param("contactName", "Casey")
			.param("email", email)
			.param("language", "en")
			.param("offerCodes", "MAIL_PLAN_1")
			.param("leadId", leadId.toString())
			.param("sendDespiteDuplicates", "true");
	}

	private MockHttpServletRequestBuilder contact(String email, String service) {
		return post("/marketplace/partners/" + this.partnerId + "/contact").with(csrf())
			.with(from(this.address))
			.param("contactName", "Casey Contact")
			.param("email", email)
			.param("companyName", "Fabrikam")
			.param("companySize", "MEDIUM")
			.param("serviceCodes", service)
			.param("message", "We would like to move our mail.");
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private UUID leadOf(String email) {
		return this.jdbc.queryForObject("select id from lead where email = ? order by created_at desc limit 1",
				UUID.class, email);
	}

	private String stateOf(UUID leadId) {
		return this.jdbc.queryForObject("select state from lead where id = ?", String.class, leadId);
	}

	private static String verifyPath(MimeMessage mail) {
		String body = TestMailServer.body(mail).replace("=\r\n", "").replace("=3D", "=");
		Matcher matcher = VERIFY_LINK.matcher(body);
		assertThat(matcher.find()).as("a verification link in the mail").isTrue();
		return matcher.group();
	}

}
