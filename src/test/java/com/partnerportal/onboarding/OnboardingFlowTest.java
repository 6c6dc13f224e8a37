package com.partnerportal.onboarding;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.partnerportal.partner.Partners;
import com.partnerportal.partner.Program;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.CloudInstance;
import com.partnerportal.platform.ConflictException;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.platform.security.BackOfficeAdmins;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestClock;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestMailServer;
import com.partnerportal.testing.WebClient;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

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
 * Joining the network on the real database and SMTP: a company applies, verifies its
 * contact's email by the emailed link, is reviewed (approved into a partner whose first
 * admin sets a password and must accept the agreement; rejected with a waiting period;
 * asked for changes to named fields only), and the duplicates and concurrent approvals
 * the rules catch.
 */
@PortalIntegrationTest
class OnboardingFlowTest {

	private static final Pattern VERIFY_LINK = Pattern.compile("/partners/apply/verify/[A-Za-z0-9_-]{43}");

	private static final Pattern CHANGES_LINK = Pattern.compile("/partners/apply/changes/[A-Za-z0-9_-]{43}");

	private static final Pattern PASSWORD_LINK = Pattern.compile("/password/set/[A-Za-z0-9_-]{43}");

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	PartnerApplications applications;

	@Autowired
	Partners partners;

	@Autowired
	BackOfficeAdmins backOffice;

	@Autowired
	TestData testData;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	PortalUser reviewer;

	@BeforeEach
	void setUp() {
		String email = TestData.uniqueEmail("reviewer");
		this.backOffice.create(email, "Reviewer", TestData.PASSWORD, "en");
		this.reviewer = this.testData.principal(this.backOffice, email);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void approvedApplicationBecomesAPartnerWhoseAdminSetsAPasswordAndMustAcceptTheAgreement() throws Exception {
		String domain = uniqueDomain();
		String contact = "ana@" + domain;
		this.mvc.perform(apply(domain, contact, "GLOBAL")).andExpect(redirectedUrl("/partners/apply/sent"));
		String verify = link(TestMailServer.awaitMail(contact, "confirm"), VERIFY_LINK);

		this.mvc.perform(get(verify)).andExpect(status().isOk()).andExpect(content().string(containsString(contact)));
		UUID id = applicationId(domain);
		assertThat(state(id)).isEqualTo("UNVERIFIED");
		this.mvc.perform(post(verify).with(csrf())).andExpect(status().isOk());
		assertThat(state(id)).isEqualTo("SUBMITTED");
		this.mvc.perform(post(verify).with(csrf())).andExpect(status().isNotFound());

		this.mvc
			.perform(
					get("/admin/applications").param("state", "SUBMITTED").param("q", domain).with(user(this.reviewer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(domain)));
		this.mvc
			.perform(post("/admin/applications/" + id + "/approve").param("serviceCodes", "MAIL")
				.param("programs", "CLOUD_ESSENTIALS")
				.with(user(this.reviewer))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/applications/" + id));
		assertThat(state(id)).isEqualTo("APPROVED");
		UUID partnerId = this.jdbc.queryForObject("select id from partner where domain = ?", UUID.class, domain);
		assertThat(this.partners.partner(partnerId).authorizedServiceCodes()).containsExactly("MAIL");
		assertThat(this.partners.partner(partnerId).programs()).containsExactly(Program.CLOUD_ESSENTIALS);
		assertThat(this.partners.partner(partnerId).agreementSigned()).isFalse();
		assertThat(new WebClient(this.port).signIn(contact, TestData.PASSWORD).headers().firstValue("Location"))
			.as("no usable password before the link")
			.hasValue("/login?error");

		MimeMessage approved = TestMailServer.awaitMail(contact,
				"Welcome to the partner network: Company " + domain + " is approved");
		assertThat(TestMailServer.body(approved).replace("=\r\n", "")).contains(
				"Your application for Company " + domain + " to join the partner network was approved",
				"Set your password", "you sign in as " + contact, "accept the current Partner Agreement");
		String setPassword = link(approved, PASSWORD_LINK);
		this.mvc
			.perform(post(setPassword).param("password", "the first admin passphrase")
				.param("confirmation", "the first admin passphrase")
				.with(csrf()))
			.andExpect(redirectedUrl("/login"));
		WebClient admin = new WebClient(this.port);
		assertThat(admin.signIn(contact, "the first admin passphrase").headers().firstValue("Location"))
			.hasValue("/partner");
		HttpResponse<String> team = admin.get("/partner/invitations");
		assertThat(team.statusCode()).isEqualTo(302);
		assertThat(team.headers().firstValue("Location").orElseThrow()).endsWith("/partner/agreement");
		assertThat(this.jdbc
			.queryForObject("select count(*) from partner_user u join partner_user_role r on r.partner_user_id = u.id "
					+ "where u.partner_id = ? and r.role = 'PARTNER_ADMIN'", Integer.class, partnerId))
			.isEqualTo(1);
	}

	@ParameterizedTest
	@CsvSource({ "ja, パートナー ネットワークへようこそ: Company {0} の申請が承認されました, パートナー契約に同意してください",
			"ko, '파트너 네트워크에 오신 것을 환영합니다: Company {0} 신청이 승인되었습니다', 현재 파트너 계약에 동의하세요" })
	void theFirstAdminsMailSaysTheApplicationWasApprovedInTheApplicantsLanguage(String language, String subject,
			String nextStep) throws Exception {
		String domain = uniqueDomain();
		String contact = "mei@" + domain;
		this.mvc.perform(apply(domain, contact, "GLOBAL", language)).andExpect(redirectedUrl("/partners/apply/sent"));
		String verify = link(TestMailServer.awaitMail(contact, domain), VERIFY_LINK);
		this.mvc.perform(post(verify).with(csrf())).andExpect(status().isOk());
		this.applications.approve(Actor.of(this.reviewer), applicationId(domain), EnumSet.noneOf(Program.class),
				Set.of("MAIL"));

		Map<String, Object> mail = this.jdbc
			.queryForMap("select language, subject, text_body, template from mail_message where recipient = ? "
					+ "and text_body like '%/password/set/%'", contact);
		assertThat(mail.get("language")).isEqualTo(language);
		assertThat(mail.get("template")).isEqualTo("account-partner-approved");
		assertThat(mail.get("subject")).isEqualTo(subject.replace("{0}", domain));
		assertThat((String) mail.get("text_body")).contains("Company " + domain, contact, nextStep);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from mail_message where recipient = ? " + "and template = 'account-invitation'",
				Long.class, contact))
			.as("not the team member's generic mail as well")
			.isZero();
	}

	@Test
	void twoReviewersApprovingAtOnceMakeOnePartner() throws Exception {
		String domain = uniqueDomain();
		UUID id = submitted(domain, "ben@" + domain);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<String>> outcomes = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				outcomes.add(threads.submit(() -> {
					start.await();
					try {
						this.applications.approve(Actor.of(this.reviewer), id, EnumSet.noneOf(Program.class),
								Set.of("MAIL"));
						return "approved";
					}
					catch (ConflictException ex) {
						return ex.messageKey();
					}
				}));
			}
			start.countDown();
			List<String> results = new ArrayList<>();
			for (Future<String> outcome : outcomes) {
				results.add(outcome.get());
			}
			assertThat(results).containsExactlyInAnyOrder("approved", "onboarding.review.decided");
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(this.jdbc.queryForObject("select count(*) from partner where domain = ?", Integer.class, domain))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from partner_user where lower(email) = lower(?)",
				Integer.class, "ben@" + domain))
			.isEqualTo(1);
	}

	@Test
	void secondApplicationForTheSameDomainOrAPartnersDomainIsCaughtOnTheDomainField() throws Exception {
		String domain = uniqueDomain();
		this.mvc.perform(apply(domain, "cho@" + domain, "GLOBAL")).andExpect(redirectedUrl("/partners/apply/sent"));
		this.mvc.perform(apply("WWW." + domain.toUpperCase(), "dan@" + domain, "GLOBAL"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"domain-error\"")))
			.andExpect(content().string(containsString("already waiting")));

		String partnerDomain = uniqueDomain();
		this.partners.register(TestData.unique("Partner"), partnerDomain, CloudInstance.GLOBAL,
				EnumSet.noneOf(Program.class), Set.of("MAIL"));
		this.mvc.perform(apply(partnerDomain, "eve@" + partnerDomain, "GLOBAL"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("is in the network already")));
	}

	@Test
	void contactEmailOutsideTheDomainIsFlaggedForTheReviewer() throws Exception {
		String domain = uniqueDomain();
		UUID id = submitted(domain, TestData.uniqueEmail("freemail"));
		assertThat(this.applications.detail(id).contactOutsideDomain()).isTrue();
		this.mvc.perform(get("/admin/applications/" + id).with(user(this.reviewer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"flag-outside-domain\"")));
		UUID inside = submitted(uniqueDomainWith("sub"), null);
		assertThat(this.applications.detail(inside).contactOutsideDomain()).isFalse();
	}

	@Test
	void rejectionIsMailedAndTheDomainWaitsForTheReasonsPeriod() throws Exception {
		String domain = uniqueDomain();
		String contact = "fay@" + domain;
		UUID id = submitted(domain, contact);
		this.mvc
			.perform(post("/admin/applications/" + id + "/reject").param("reason", "")
				.param("note", "")
				.with(user(this.reviewer))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"reason-error\"")));
		int before = TestMailServer.mailsTo(contact).size();
		this.mvc
			.perform(post("/admin/applications/" + id + "/reject").param("reason", "INCOMPLETE")
				.param("note", "Please give the registered company name.")
				.with(user(this.reviewer))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/applications/" + id));
		MimeMessage mail = TestMailServer.nextMailTo(contact, before);
		assertThat(TestMailServer.body(mail)).contains("Please give the registered company name.");

		this.mvc.perform(apply(domain, contact, "GLOBAL"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("was rejected")));
		this.clock.advance(Duration.ofDays(8));
		this.mvc.perform(apply(domain, contact, "GLOBAL")).andExpect(redirectedUrl("/partners/apply/sent"));
		this.mvc
			.perform(post("/admin/applications/" + id + "/approve").param("serviceCodes", "MAIL")
				.with(user(this.reviewer))
				.with(csrf()))
			.andExpect(status().isConflict());
	}

	@Test
	void applicantChangesOnlyTheFieldsAskedForAndTheReviewerSeesOldAndNew() throws Exception {
		String domain = uniqueDomain();
		String contact = "gus@" + domain;
		UUID id = submitted(domain, contact);
		String oldName = this.applications.detail(id).legalName();
		this.mvc
			.perform(post("/admin/applications/" + id + "/changes").param("fields", "LEGAL_NAME")
				.param("note", "Give the registered name.")
				.with(user(this.reviewer))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/applications/" + id));
		String changes = link(TestMailServer.awaitMail(contact, "changes"), CHANGES_LINK);
		this.mvc.perform(get(changes))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"legalName\"")))
			.andExpect(content().string(not(containsString("name=\"website\""))));
		this.mvc
			.perform(post(changes).param("legalName", "Registered Name K.K.")
				.param("website", "https://evil.example")
				.with(csrf()))
			.andExpect(status().isOk());
		ApplicationDetail changed = this.applications.detail(id);
		assertThat(changed.state()).isEqualTo(ApplicationState.SUBMITTED);
		assertThat(changed.legalName()).isEqualTo("Registered Name K.K.");
		assertThat(changed.website()).isEqualTo("https://www." + domain);
		assertThat(changed.changes()).singleElement().satisfies((change) -> {
			assertThat(change.field()).isEqualTo(ApplicationField.LEGAL_NAME);
			assertThat(change.oldValue()).isEqualTo(oldName);
			assertThat(change.newValue()).isEqualTo("Registered Name K.K.");
		});
		this.mvc.perform(get(changes)).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/applications/" + id).with(user(this.reviewer)))
			.andExpect(content().string(containsString("Registered Name K.K.")))
			.andExpect(content().string(containsString(oldName)));
	}

	@Test
	void applicationsSwitchedOffInACloudInstanceAreRefusedWithTheReason() throws Exception {
		String domain = uniqueDomain();
		this.mvc.perform(get("/partners/apply"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"applications-availability\"")));
		this.mvc.perform(apply(domain, "hal@" + domain, "CHINA_21VIANET"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"cloudInstance-error\"")))
			.andExpect(content().string(containsString("21Vianet")));
	}

	@Test
	void badInputIsTiedToItsFieldsAndSavesNothing() throws Exception {
		String domain = uniqueDomain();
		this.mvc
			.perform(post("/partners/apply").param("legalName", "")
				.param("website", "ftp://x")
				.param("domain", "https://" + domain + "/path")
				.param("country", "ZZ")
				.param("cloudInstance", "MARS")
				.param("contactName", "x".repeat(300))
				.param("contactEmail", "not-an-email")
				.param("language", "fr")
				.param("serviceCodes", "TELEPORT")
				.param("programs", "GOLD")
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"legalName-error\"")))
			.andExpect(content().string(containsString("id=\"website-error\"")))
			.andExpect(content().string(containsString("id=\"country-error\"")))
			.andExpect(content().string(containsString("id=\"cloudInstance-error\"")))
			.andExpect(content().string(containsString("id=\"contactName-error\"")))
			.andExpect(content().string(containsString("id=\"contactEmail-error\"")))
			.andExpect(content().string(containsString("id=\"language-error\"")))
			.andExpect(content().string(containsString("id=\"serviceCodes-error\"")))
			.andExpect(content().string(containsString("id=\"programs-error\"")));
		assertThat(this.jdbc.queryForObject("select count(*) from partner_application where domain = ?", Integer.class,
				domain))
			.isZero();
	}

	@Test
	void verificationMailIsResentOnlyAfterTheDelay() throws Exception {
		String domain = uniqueDomain();
		String contact = "ida@" + domain;
		this.mvc.perform(apply(domain, contact, "GLOBAL")).andExpect(redirectedUrl("/partners/apply/sent"));
		String first = link(TestMailServer.awaitMail(contact, "confirm"), VERIFY_LINK);
		this.mvc.perform(post("/partners/apply/resend").param("contactEmail", contact).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"contactEmail-error\"")));
		this.clock.advance(Duration.ofMinutes(11));
		int before = TestMailServer.mailsTo(contact).size();
		this.mvc.perform(post("/partners/apply/resend").param("contactEmail", contact).with(csrf()))
			.andExpect(redirectedUrl("/partners/apply/sent"));
		String second = link(TestMailServer.nextMailTo(contact, before), VERIFY_LINK);
		assertThat(second).isNotEqualTo(first);
		this.mvc.perform(get(first)).andExpect(status().isNotFound());
		this.mvc.perform(get(second)).andExpect(status().isOk());
	}

	private UUID submitted(String domain, String contact) throws Exception {
		String email = (contact != null) ? contact : "owner@" + domain;
		this.mvc.perform(apply(domain, email, "GLOBAL")).andExpect(redirectedUrl("/partners/apply/sent"));
		String verify = link(TestMailServer.awaitMail(email, "confirm"), VERIFY_LINK);
		this.mvc.perform(post(verify).with(csrf())).andExpect(status().isOk());
		return applicationId(domain);
	}

	private MockHttpServletRequestBuilder apply(String domain, String contactEmail, String instance) {
		return apply(domain, contactEmail, instance, "en");
	}

	private MockHttpServletRequestBuilder apply(String domain, String contactEmail, String instance, String language) {
		return post("/partners/apply").param("legalName", "Company " + domain)
			.param("website", "https://www." + domain)
			.param("domain", domain)
			.param("country", "JP")
			.param("cloudInstance", instance)
			.param("contactName", "Contact Person")
			.param("contactEmail", contactEmail)
			.param("language", language)
			.param("serviceCodes", "MAIL", "MEETINGS")
			.param("programs", "CLOUD_ESSENTIALS")
			.with(csrf());
	}

	private UUID applicationId(String domain) {
		return this.jdbc.queryForObject(
				"select id from partner_application where domain = ? order by created_at desc limit 1", UUID.class,
				domain.toLowerCase());
	}

	private String state(UUID id) {
		return this.jdbc.queryForObject("select state from partner_application where id = ?", String.class, id);
	}

	private static String uniqueDomain() {
		return TestData.unique("company").toLowerCase() + ".example";
	}

	private static String uniqueDomainWith(String prefix) {
		return prefix + "." + uniqueDomain();
	}

	private static String link(MimeMessage mail, Pattern pattern) {
		String body = GreenMailUtil.getWholeMessage(mail).replace("=\r\n", "").replace("=3D", "=");
		Matcher matcher = pattern.matcher(body);
		assertThat(matcher.find()).as("a link in the mail").isTrue();
		return matcher.group();
	}

}
