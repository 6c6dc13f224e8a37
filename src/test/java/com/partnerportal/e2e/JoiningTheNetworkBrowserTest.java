package com.partnerportal.e2e;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestClock;
import com.partnerportal.testing.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11's "done means", in real headless Chromium, one browser per person: a company
 * applies to join the network and confirms its contact's email from the mail (GreenMail);
 * the operator approves it in the back office; its first admin sets a password from the
 * mail, signs in, accepts the agreement, invites a sales agent and writes a marketplace
 * listing with a Japanese description, which the operator approves. A visitor who is not
 * signed in finds the partner at {@code /marketplace} by a Japanese word, sends a contact
 * request and confirms it by the mailed link; the partner accepts it and sends the
 * prefilled trial invitation, asking for delegated admin too (a trial alone does not let
 * a customer review: no Partner of Record, no purchase offer). The customer accepts by
 * the mailed link and approves the delegated admin; 30 days later on the test clock it
 * reviews the partner, the operator publishes the review, and the listing shows it.
 * axe-core checks every page visited ({@link Browser}). The README's screenshots of the
 * joining and marketplace pages are made here. Skipped when Chromium is not installed.
 */
@PortalIntegrationTest
class JoiningTheNetworkBrowserTest {

	private static final String OPERATOR = "admin@operator.example";

	private static final String DEMO_PASSWORD = "demo-password";

	private static final String ADMIN_PASSWORD = "kagoshima joins the network";

	private static final String CUSTOMER_PASSWORD = "a-good-password-123";

	/** The Japanese word of the listing's description the visitor searches for. */
	private static final String JAPANESE_WORD = "鹿児島";

	private static final Pattern APPLICATION_LINK = Pattern.compile("/partners/apply/verify/[A-Za-z0-9_-]{43}");

	private static final Pattern PASSWORD_LINK = Pattern.compile("/password/set/[A-Za-z0-9_-]{43}");

	private static final Pattern LEAD_LINK = Pattern.compile("/marketplace/leads/verify/[A-Za-z0-9_-]{43}");

	private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	Browser company;

	Browser operator;

	Browser visitor;

	@BeforeEach
	void setUp() {
		Browser.assumeInstalled();
		this.company = Browser.start();
		this.operator = Browser.start();
		this.visitor = Browser.start();
	}

	@AfterEach
	void tearDown() {
		this.clock.reset();
		try (Browser company = this.company; Browser operator = this.operator; Browser visitor = this.visitor) {
			// each gives its Chromium back for the next test
		}
	}

	@Test
	void aCompanyJoinsIsFoundInTheMarketplaceWinsACustomerAndIsReviewed() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String domain = "kagoshima-" + suffix + ".example";
		String legalName = "Kagoshima Cloud Works " + suffix;
		String adminEmail = "aiko@" + domain;

		// 1. The company applies and confirms its contact's email from the mail.
		Browser company = this.company;
		company.open(baseUrl() + "/login");
		company.click(By.cssSelector("#content a[href='/partners/apply']"));
		company.waitForPath("/partners/apply");
		company.type(By.id("legalName"), legalName);
		company.type(By.id("website"), "https://www." + domain);
		company.type(By.id("domain"), domain);
		company.select(By.id("country"), "JP");
		company.select(By.id("cloudInstance"), "GLOBAL");
		company.type(By.id("contactName"), "Aiko Tanaka");
		company.type(By.id("contactEmail"), adminEmail);
		company.select(By.id("language"), "en");
		company.click(By.cssSelector("input[name=serviceCodes][value=MAIL]"));
		company.click(By.cssSelector("input[name=programs][value=CLOUD_ESSENTIALS]"));
		company.screenshot("join-application.png");
		company.click(By.id("send-application"));
		company.waitForPath("/partners/apply/sent");

		company
			.open(baseUrl() + path(TestMailServer.awaitMail(adminEmail, "confirm your application"), APPLICATION_LINK));
		assertThat(company.text(By.id("content"))).contains(legalName, adminEmail);
		company.click(By.id("confirm-email"));
		company.visible(By.id("application-done"));

		// 2. The operator finds the application and approves it.
		Browser operator = this.operator;
		operator.signIn(baseUrl(), OPERATOR, DEMO_PASSWORD, "/admin");
		operator.open(baseUrl() + "/admin/applications?state=SUBMITTED&q=" + domain);
		operator.click(By.linkText(legalName));
		operator.waitForUrlMatching(".*/admin/applications/" + ID.pattern() + "$");
		assertThat(operator.text(By.id("application-state"))).isEqualTo("Waiting for review");
		assertThat(operator.driver().findElements(By.id("flag-outside-domain"))).isEmpty();
		assertThat(operator.visible(By.cssSelector("#approve-form input[name=serviceCodes][value=MAIL]")).isSelected())
			.isTrue();
		operator.screenshot("admin-application.png");
		operator.click(By.id("approve"));
		operator.waitForText(By.id("application-state"), "Approved");
		String partnerHref = operator.visible(By.id("approved-partner")).getDomAttribute("href");
		UUID partnerId = UUID.fromString(partnerHref.substring(partnerHref.lastIndexOf('/') + 1));

		// 3. Its first admin sets a password from the mail, signs in and accepts the
		// agreement before anything else.
		company.forgetSession();
		company.open(baseUrl() + path(TestMailServer.awaitMail(adminEmail, "is approved"), PASSWORD_LINK));
		company.type(By.id("password"), ADMIN_PASSWORD);
		company.type(By.id("confirmation"), ADMIN_PASSWORD);
		company.click(By.id("set-password"));
		company.waitForPath("/login");
		company.signIn(baseUrl(), adminEmail, ADMIN_PASSWORD, "/partner/agreement");
		company.click(By.id("accepted"));
		company.click(By.id("accept-agreement"));
		company.waitForPath("/partner/agreement");
		assertThat(company.text(By.id("agreement-signed"))).contains("Aiko Tanaka");

		// 4. ... invites a sales agent, who is mailed a link to set a password.
		String agentEmail = "kenji@" + domain;
		company.click(By.cssSelector("#mainNav a[href='/partner/team']"));
		company.waitForPath("/partner/team");
		company.type(By.id("displayName"), "Kenji Sato");
		company.type(By.id("email"), agentEmail);
		company.select(By.id("language"), "en");
		company.click(By.cssSelector("#invite-form input[name=roles][value=SALES_AGENT]"));
		company.click(By.id("invite"));
		company.waitForPath("/partner/team");
		assertThat(company.text(By.cssSelector("#content [role=status]"))).contains(agentEmail);
		assertThat(company.text(By.id("team"))).contains("Aiko Tanaka", "Kenji Sato");
		company.screenshot("partner-team.png");
		assertThat(path(TestMailServer.awaitMail(agentEmail, "account is ready"), PASSWORD_LINK))
			.startsWith("/password/set/");

		// 5. ... and writes the listing, in English and Japanese.
		company.click(By.cssSelector("#mainNav a[href='/partner/listing']"));
		company.waitForPath("/partner/listing");
		company.type(By.id("descriptionEn"),
				"Kagoshima Cloud Works moves the mail of small companies in Kyushu to the cloud and runs it after.");
		company.type(By.id("descriptionJa"), "かごしまクラウドワークスは" + JAPANESE_WORD + "と九州の中小企業のメールをクラウドへ移行し、移行後の運用も担当します。");
		company.click(By.id("services-MAIL"));
		company.click(By.id("regions-JAPAN"));
		company.click(By.id("languages-JAPANESE"));
		company.click(By.id("languages-ENGLISH"));
		company.click(By.id("cloudInstances-GLOBAL"));
		company.click(By.id("customerSizes-SMALL"));
		company.click(By.id("contactPreferences-EMAIL"));
		company.click(By.cssSelector("form[action$='/partner/listing'] button[type=submit]"));
		company.waitForPath("/partner/listing");
		assertThat(company.text(By.id("listing-state"))).contains("waits for the operator’s review");

		// 6. The operator approves the listing.
		operator.open(baseUrl() + "/admin/listings?state=PENDING");
		operator.click(By.linkText(legalName));
		operator.waitForUrlMatching(".*/admin/listings/" + ID.pattern() + "$");
		operator.click(By.cssSelector("#approve-form button[type=submit]"));
		operator.waitForText(By.cssSelector("#content [role=status]"), "The listing is published");
		TestMailServer.awaitMail(adminEmail, "your marketplace listing is published");

		// 7. A visitor finds the partner by the Japanese word ...
		Browser visitor = this.visitor;
		visitor.open(baseUrl() + "/marketplace");
		visitor.type(By.id("q"), JAPANESE_WORD);
		visitor.click(By.cssSelector("#marketplace-search button[type=submit]"));
		visitor.waitForUrlMatching(".*/marketplace\\?.*q=.*");
		String listingPath = "/marketplace/partners/" + partnerId;
		WebElement hit = visitor.visible(By.cssSelector("#results a[href='" + listingPath + "']"));
		assertThat(hit.getText()).isEqualTo(legalName);
		visitor.screenshot("marketplace-search.png");
		visitor.click(hit);
		visitor.waitForPath(listingPath);
		assertThat(visitor.text(By.tagName("h1"))).isEqualTo(legalName);

		// ... and sends a contact request, confirmed by the mailed link.
		String customerEmail = "mei@" + "satsuma-" + suffix + ".example";
		String customerCompany = "Satsuma Tea " + suffix;
		visitor.click(By.id("contact-partner"));
		visitor.waitForPath(listingPath + "/contact");
		visitor.type(By.id("contactName"), "Mei Yamada");
		visitor.type(By.id("email"), customerEmail);
		visitor.type(By.id("companyName"), customerCompany);
		visitor.select(By.id("companySize"), "SMALL");
		visitor.click(By.id("service-MAIL"));
		visitor.type(By.id("message"), "We are twelve people and would like to move our mail to the cloud.");
		visitor.click(By.id("send-contact-request"));
		visitor.waitForPath(listingPath + "/contact/sent");

		visitor.open(baseUrl() + path(TestMailServer.awaitMail(customerEmail, "Confirm your request to"), LEAD_LINK));
		visitor.click(By.id("confirm-email"));
		visitor.waitForPath("/marketplace/leads/verified");
		assertThat(visitor.text(By.id("verified-text"))).contains(legalName);

		// 8. The partner accepts the request and sends the prefilled trial invitation,
		// with a delegated-admin request.
		company.click(By.cssSelector("#mainNav a[href='/partner/leads']"));
		company.waitForPath("/partner/leads");
		company.visible(By.linkText(customerCompany));
		// the partner's columns, not the words the visitor's form uses ("Your name")
		assertThat(company.text(By.cssSelector("#lead-table thead"))).contains("Contact person",
				"Services asked about");
		company.screenshot("partner-leads.png");
		company.click(By.linkText(customerCompany));
		company.waitForUrlMatching(".*/partner/leads/" + ID.pattern() + "$");
		assertThat(company.text(By.id("lead-state"))).isEqualTo("Open");
		company.click(By.id("accept-lead"));
		company.waitForText(By.id("lead-state"), "Accepted");
		company.click(By.id("send-trial-invitation"));
		company.waitForPath("/partner/invitations/new");
		company.visible(By.id("invitation-for-lead"));
		assertThat(company.visible(By.id("companyName")).getDomProperty("value")).isEqualTo(customerCompany);
		assertThat(company.visible(By.id("email")).getDomProperty("value")).isEqualTo(customerEmail);
		if (!company.visible(By.id("offer-MAIL_PLAN_1")).isSelected()) {
			company.click(By.id("offer-MAIL_PLAN_1"));
		}
		company.select(By.id("language"), "en");
		company.click(By.id("delegatedAdmin"));
		assertThat(company.visible(By.id("delegatedAdmin")).isSelected()).isTrue();
		company.click(By.id("delegatedRoles-USERS_AND_LICENSES"));
		company.click(By.id("send-invitation"));
		company.waitForUrlMatching(".*/partner/invitations/" + ID.pattern() + "$");
		assertThat(company.text(By.id("invitation-state"))).isEqualTo("Sent");

		// 9. The customer accepts by the mailed link, approves the delegated admin and
		// gets its tenant.
		String invitation = TestMailServer
			.path(TestMailServer.awaitMail(customerEmail, "invites you to try cloud services"));
		String prefix = ("satsuma" + suffix).toLowerCase();
		String customerAdmin = "admin@" + prefix + ".cloudportal.example";
		visitor.open(baseUrl() + invitation);
		visitor.visible(By.id("accept-form"));
		assertThat(visitor.text(By.tagName("h1"))).contains(legalName);
		visitor.type(By.id("organizationName"), customerCompany);
		visitor.type(By.id("domainPrefix"), prefix);
		visitor.waitForText(By.id("domain-check"), customerAdmin);
		visitor.type(By.id("adminName"), "Mei Yamada");
		visitor.type(By.id("password"), CUSTOMER_PASSWORD);
		visitor.type(By.id("passwordConfirmation"), CUSTOMER_PASSWORD);
		visitor.click(By.id("approvedRoles-USERS_AND_LICENSES"));
		visitor.click(By.id("accept"));
		visitor.waitForPath("/customer");
		assertThat(visitor.text(By.id("tenant-name"))).isEqualTo(customerCompany);
		assertThat(visitor.text(By.id("invited-by"))).isEqualTo(legalName);

		// 10. Not yet 30 days of delegated admin: nothing to review.
		visitor.click(By.cssSelector("#mainNav a[href='/customer/reviews']"));
		visitor.waitForPath("/customer/reviews");
		visitor.visible(By.id("nothing-to-review"));

		// 11. 30 days later the customer reviews the partner.
		this.clock.advance(Duration.ofDays(30));
		visitor.forgetSession();
		visitor.signIn(baseUrl(), customerAdmin, CUSTOMER_PASSWORD, "/customer");
		visitor.open(baseUrl() + "/customer/reviews");
		visitor.click(By.id("review-" + partnerId));
		visitor.waitForPath("/customer/reviews/" + partnerId + "/new");
		String reviewText = "They moved our mail in one weekend and answered every question within the hour.";
		visitor.click(By.id("rating-5"));
		visitor.type(By.id("body"), reviewText);
		visitor.click(By.id("send-review"));
		visitor.waitForPath("/customer/reviews");
		assertThat(visitor.text(By.cssSelector("#content [role=status]"))).contains("once the operator has checked it");

		// 12. The operator publishes it, and the listing shows it with its badges.
		operator.open(baseUrl() + "/admin/reviews");
		WebElement pending = operator.visible(
				By.xpath("//div[starts-with(@id, 'review-')][contains(normalize-space(.), '" + reviewText + "')]"));
		String reviewId = pending.getDomAttribute("id").substring("review-".length());
		operator.click(By.id("publish-" + reviewId));
		operator.waitForText(By.cssSelector("#content [role=status]"), "The review is published.");

		visitor.forgetSession();
		visitor.open(baseUrl() + listingPath);
		visitor.waitForText(By.id("partner-reviews"), reviewText);
		// the reviews came by htmx: waiting for them checks the page again
		visitor.waitForExactText(By.id("review-average"), "5.0 out of 5 from 1 reviews");
		assertThat(visitor.text(By.cssSelector(".listing-badges"))).contains("Customers served",
				"Customers administered");
		visitor.screenshot("marketplace-listing.png");
	}

	/** The path of the emailed link the pattern finds, to open on this server. */
	private static String path(MimeMessage mail, Pattern link) {
		String message = GreenMailUtil.getWholeMessage(mail).replace("=\r\n", "").replace("=3D", "=");
		Matcher matcher = link.matcher(message);
		assertThat(matcher.find()).as("a link %s in the mail", link.pattern()).isTrue();
		return matcher.group();
	}

	private String baseUrl() {
		return "http://localhost:" + this.port;
	}

}
