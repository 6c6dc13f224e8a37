package com.partnerportal.e2e;

import java.util.List;
import java.util.UUID;

import com.partnerportal.catalog.BillingTerm;
import com.partnerportal.customer.CreatedTenant;
import com.partnerportal.customer.SubscriptionStatus;
import com.partnerportal.customer.SubscriptionView;
import com.partnerportal.customer.Subscriptions;
import com.partnerportal.customer.Tenants;
import com.partnerportal.invitation.AcceptOutcome;
import com.partnerportal.invitation.CustomerChoices;
import com.partnerportal.invitation.InvitationAcceptance;
import com.partnerportal.invitation.InvitationState;
import com.partnerportal.invitation.Invitations;
import com.partnerportal.invitation.NewPurchaseOffer;
import com.partnerportal.invitation.NewTenantDetails;
import com.partnerportal.invitation.NewTrialInvitation;
import com.partnerportal.invitation.PurchaseOfferLine;
import com.partnerportal.invitation.PurchaseOffers;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestMailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The purchase-offer loop in a real headless Chromium: a customer that is on a trial gets
 * a purchase offer from its partner, opens the mailed link, has to sign in first,
 * accepts, and its trial becomes the paid subscription; an admin of another customer
 * learns nothing of the offer. Screenshots go to {@code target/screenshots}. Skipped when
 * Chromium is not installed.
 */
@PortalIntegrationTest
class PurchaseOfferBrowserTest {

	static final String ADMIN_PASSWORD = "a-good-password-123";

	/**
	 * The numbers of the offer (40 × $125.00 a year, 10 × $4.00 a month): none of them
	 * may appear before the customer's admin has signed in.
	 */
	static final List<String> OFFER_AMOUNTS = List.of("$5,480.00", "$456.67", "$5,000.00", "$416.67", "$125.00",
			"$40.00", "$4.00");

	@LocalServerPort
	int port;

	@Autowired
	TestData testData;

	@Autowired
	Partners partners;

	@Autowired
	InvitationAcceptance acceptance;

	@Autowired
	Invitations invitations;

	@Autowired
	PurchaseOffers offers;

	@Autowired
	Tenants customerTenants;

	@Autowired
	Subscriptions customerSubscriptions;

	UUID partnerId;

	String partnerName;

	String partnerUser;

	Browser browser;

	@BeforeEach
	void setUp() {
		Browser.assumeInstalled();
		this.partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		this.partnerName = this.partners.partner(this.partnerId).name();
		this.partnerUser = this.testData.user(this.partnerId, PartnerRole.SALES_AGENT);
		this.browser = Browser.start();
	}

	@AfterEach
	void quitBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void aCustomerOnTrialSignsInFromTheOfferMailAndItsTrialBecomesThePaidSubscription() {
		Browser browser = this.browser;

		// 1. Set-up, as people do it: a trial of Business Standard for a new customer.
		String company = TestData.unique("Fabrikam");
		String email = TestData.uniqueEmail("buyer");
		String organization = company + " Ltd";
		String prefix = TestData.unique("buy").toLowerCase();
		String adminSignInName = "admin@" + prefix + ".cloudportal.example";
		this.browser.signIn(baseUrl(), this.partnerUser, TestData.PASSWORD, "/partner");
		assertThat(this.browser.text(By.tagName("h1"))).isEqualTo("Overview");
		sendTrialInvitation(company, email, "BUSINESS_STANDARD");
		browser.forgetSession();
		acceptTrialAsNewCustomer(email, organization, prefix);
		assertThat(browser.text(By.cssSelector("#content [role=status]"))).contains(adminSignInName);
		assertThat(statusOf(subscriptionRow("BUSINESS_STANDARD"))).isEqualTo("Trial");

		// 2. The partner offers the customer 40 annual Business Standard licenses and 10
		// monthly Mail Plan 1 licenses, from the customer's page.
		browser.forgetSession();
		this.browser.signIn(baseUrl(), this.partnerUser, TestData.PASSWORD, "/partner");
		assertThat(this.browser.text(By.tagName("h1"))).isEqualTo("Overview");
		browser.click(By.cssSelector("#mainNav a[href='/partner/customers']"));
		browser.waitForPath("/partner/customers");
		browser.click(By.xpath("//table[@id='customer-table']//td/a[text()='" + organization + "']"));
		browser.waitForUrlMatching("/partner/customers/[0-9a-f-]{36}$");
		String customerPath = browser.driver().getCurrentUrl().substring(baseUrl().length());
		UUID customerId = UUID.fromString(customerPath.substring(customerPath.lastIndexOf('/') + 1));
		UUID trialId = subscriptionOf(customerId, "BUSINESS_STANDARD").id();
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(organization);

		browser.click(By.id("new-offer-for-customer"));
		browser.waitForPath("/partner/offers/new");
		browser.visible(By.id("offer-form"));
		assertThat(browser.visible(By.id("customerId")).getDomProperty("value")).isEqualTo(customerId.toString());
		browser.select(By.id("lines0.offerCode"), "BUSINESS_STANDARD");
		browser.type(By.id("lines0.quantity"), "40");
		browser.select(By.id("lines0.billingTerm"), "ANNUAL");
		browser.select(By.id("lines1.offerCode"), "MAIL_PLAN_1");
		browser.type(By.id("lines1.quantity"), "10");
		browser.select(By.id("lines1.billingTerm"), "MONTHLY");
		// htmx recomputes the totals while the partner types.
		browser.waitForExactText(By.cssSelector("#totals #total-per-year"), "$5,480.00");
		browser.waitForExactText(By.cssSelector("#totals #total-per-month"), "$456.67");
		assertOfferLines(By.id("totals"));
		browser.screenshot("purchase-offer-form.png");
		browser.click(By.id("send-offer"));
		browser.waitForUrlMatching("/partner/invitations/[0-9a-f-]{36}$");
		assertThat(browser.text(By.cssSelector("#content [role=status]"))).contains("The purchase offer was sent.");
		assertThat(browser.text(By.id("invitation-state"))).isEqualTo("Sent");
		assertThat(browser.text(By.tagName("h1"))).contains(organization);
		assertOfferLines(By.id("content"));

		// 3. The customer opens the mailed link, not signed in: it has to sign in first,
		// and sees nothing of the offer before.
		String link = TestMailServer.invitationLink(TestMailServer.awaitMail(email, "purchase offer"));
		assertThat(link).startsWith(baseUrl() + "/invitations/");
		String linkPath = link.substring(baseUrl().length());
		browser.forgetSession();
		browser.open(link);
		browser.visible(By.id("sign-in-first"));
		assertThat(browser.text(By.cssSelector("#sign-in-first h1"))).isEqualTo("Sign in to continue");
		assertThat(browser.driver().findElements(By.id("offer-lines"))).isEmpty();
		assertThat(browser.driver().findElements(By.id("accept"))).isEmpty();
		assertThat(browser.driver().getPageSource()).doesNotContain(OFFER_AMOUNTS)
			.doesNotContain("Business Standard", "Mail Plan 1", organization);
		browser.type(By.id("username"), adminSignInName);
		browser.type(By.id("password"), ADMIN_PASSWORD);
		browser.click(By.id("sign-in"));

		browser.waitForPath(linkPath);
		browser.visible(By.id("offer-lines"));
		assertThat(browser.text(By.tagName("h1"))).contains(this.partnerName);
		assertOfferLines(By.id("offer-lines"));
		assertThat(browser.script("const table = document.querySelector('#offer-lines .table-responsive');"
				+ " return table.scrollWidth <= table.clientWidth;"))
			.as("the lines and totals fit without scrolling")
			.isEqualTo(true);
		browser.screenshot("offer-acceptance.png");
		browser.click(By.id("accept"));

		// 4. Its trial of Business Standard is now the paid subscription, next to a new
		// Mail Plan 1 subscription.
		browser.waitForPath("/customer");
		assertThat(browser.text(By.cssSelector("#content [role=status]"))).contains("The purchase offer was accepted.");
		assertThat(browser.text(By.id("tenant-name"))).isEqualTo(organization);
		assertThat(browser.driver().findElements(By.cssSelector("#subscription-table tbody tr"))).hasSize(2);
		assertPaid(subscriptionRow("BUSINESS_STANDARD"), "40", "Annual", "$125.00", "$5,000.00");
		assertPaid(subscriptionRow("MAIL_PLAN_1"), "10", "Monthly", "$4.00", "$40.00");
		browser.screenshot("customer-subscriptions.png");
		SubscriptionView paid = subscriptionOf(customerId, "BUSINESS_STANDARD");
		assertThat(paid.id()).isEqualTo(trialId);
		assertThat(paid.status()).isEqualTo(SubscriptionStatus.ACTIVE);

		// 5. The partner sees the paid subscription, and the offer accepted.
		browser.forgetSession();
		this.browser.signIn(baseUrl(), this.partnerUser, TestData.PASSWORD, "/partner");
		assertThat(this.browser.text(By.tagName("h1"))).isEqualTo("Overview");
		browser.click(By.cssSelector("#mainNav a[href='/partner/customers']"));
		browser.waitForPath("/partner/customers");
		browser.click(By.xpath("//table[@id='customer-table']//td/a[text()='" + organization + "']"));
		browser.waitForPath(customerPath);
		assertThat(browser.driver().findElements(By.cssSelector("#subscription-table tbody tr"))).hasSize(2);
		assertPaid(subscriptionRow("BUSINESS_STANDARD"), "40", "Annual", "$125.00", "$5,000.00");
		assertPaid(subscriptionRow("MAIL_PLAN_1"), "10", "Monthly", "$4.00", "$40.00");

		browser.click(By.cssSelector("#mainNav a[href='/partner/invitations?kind=PURCHASE']"));
		browser.waitForUrlMatching("/partner/invitations\\?kind=PURCHASE$");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Purchase offers");
		List<WebElement> rows = browser.driver().findElements(By.cssSelector("#invitation-table tbody tr"));
		assertThat(rows).extracting((row) -> cell(row, 2)).containsOnly("Purchase offer");
		WebElement offerRow = browser
			.visible(By.xpath("//table[@id='invitation-table']//tr[td/a[text()='" + organization + "']]"));
		assertThat(cell(offerRow, 4)).isEqualTo("Business Standard, Mail Plan 1");
		assertThat(offerRow.findElement(By.cssSelector(".state-badge")).getText().trim()).isEqualTo("Accepted");
	}

	@Test
	void anAdminOfAnotherCustomerLearnsNothingOfTheOffer() {
		PortalUser sales = this.testData.principal(this.partners, this.partnerUser);
		String buyerEmail = TestData.uniqueEmail("buyer");
		CreatedTenant buyer = tenantWithTrial(sales, buyerEmail, "BUSINESS_STANDARD");
		CreatedTenant stranger = tenantWithTrial(sales, TestData.uniqueEmail("stranger"), "MAIL_PLAN_1");
		UUID offerId = this.offers.send(sales,
				new NewPurchaseOffer(buyer.customerId(), null, null, null, null, null,
						List.of(new PurchaseOfferLine("BUSINESS_STANDARD", 40, BillingTerm.ANNUAL),
								new PurchaseOfferLine("MAIL_PLAN_1", 10, BillingTerm.MONTHLY)),
						30, false, null));
		String token = tokenOf(TestMailServer.invitationLink(TestMailServer.awaitMail(buyerEmail, "purchase offer")));
		String buyerName = this.customerTenants.customer(buyer.customerId()).name();

		this.browser.open(baseUrl() + "/login");
		this.browser.type(By.id("username"), stranger.admin().getUsername());
		this.browser.type(By.id("password"), ADMIN_PASSWORD);
		this.browser.click(By.cssSelector("#content form button[type=submit]"));
		this.browser.waitForPath("/customer");

		this.browser.open(baseUrl() + "/invitations/" + token);
		this.browser.visible(By.id("sign-in-first"));
		assertThat(this.browser.text(By.cssSelector("#sign-in-first h1")))
			.isEqualTo("This invitation is for another organization");
		assertThat(this.browser.driver().findElements(By.id("offer-lines"))).isEmpty();
		assertThat(this.browser.driver().findElements(By.id("accept"))).isEmpty();
		assertThat(this.browser.driver().getPageSource()).doesNotContain(OFFER_AMOUNTS)
			.doesNotContain("Business Standard", buyerName, this.partnerName);
		this.browser.screenshot("offer-other-organization.png");
		assertThat(this.invitations.get(this.partnerId, offerId).state()).isIn(InvitationState.SENT,
				InvitationState.VIEWED);
	}

	/**
	 * The lines and totals of the offer, in the quote table inside {@code scope}.
	 */
	private void assertOfferLines(By scope) {
		WebElement table = this.browser.visible(scope).findElement(By.cssSelector(".quote-table"));
		assertThat(table.findElements(By.cssSelector("tbody tr"))).hasSize(2);
		assertThat(quoteCells(table, "BUSINESS_STANDARD")).containsExactly("Business Standard", "40", "Annual",
				"$125.00", "$5,000.00");
		assertThat(quoteCells(table, "MAIL_PLAN_1")).containsExactly("Mail Plan 1", "10", "Monthly", "$4.00", "$40.00");
		assertThat(table.findElement(By.id("total-per-month")).getText().trim()).isEqualTo("$456.67");
		assertThat(table.findElement(By.id("total-per-year")).getText().trim()).isEqualTo("$5,480.00");
	}

	private static List<String> quoteCells(WebElement table, String offerCode) {
		return table.findElement(By.cssSelector("tbody tr[data-offer='" + offerCode + "']"))
			.findElements(By.tagName("td"))
			.stream()
			.map((cell) -> cell.getText().trim())
			.toList();
	}

	/**
	 * The only row of the offer in the subscription table.
	 */
	private WebElement subscriptionRow(String offerCode) {
		this.browser.visible(By.id("subscription-table"));
		List<WebElement> rows = this.browser.driver()
			.findElements(By.cssSelector("#subscription-table tbody tr[data-offer='" + offerCode + "']"));
		assertThat(rows).as("rows of %s", offerCode).hasSize(1);
		return rows.get(0);
	}

	private void assertPaid(WebElement row, String licenses, String term, String price, String total) {
		assertThat(statusOf(row)).isEqualTo("Active");
		assertThat(row.findElement(By.cssSelector(".licenses")).getText().trim()).isEqualTo(licenses);
		assertThat(row.findElement(By.cssSelector(".term")).getText().trim()).isEqualTo(term);
		assertThat(row.findElement(By.cssSelector(".price")).getText().trim()).isEqualTo(price);
		assertThat(row.findElement(By.cssSelector(".total")).getText().trim()).isEqualTo(total);
		assertThat(cell(row, 8)).isEqualTo(this.partnerName);
	}

	private static String statusOf(WebElement row) {
		return cell(row, 2);
	}

	private static String cell(WebElement row, int column) {
		return row.findElement(By.cssSelector("td:nth-child(" + column + ")")).getText().trim();
	}

	/**
	 * The signed-in partner sends a trial invitation of one offer to a new customer.
	 */
	private void sendTrialInvitation(String company, String email, String offerCode) {
		this.browser.click(By.id("new-invitation"));
		this.browser.waitForPath("/partner/invitations/new");
		this.browser.visible(By.id("invitation-form"));
		this.browser.click(By.id("offer-" + offerCode));
		this.browser.type(By.id("companyName"), company);
		this.browser.type(By.id("contactName"), "Bailey Buyer");
		this.browser.type(By.id("email"), email);
		this.browser.select(By.id("language"), "en");
		this.browser.click(By.id("send-invitation"));
		this.browser.waitForUrlMatching("/partner/invitations/[0-9a-f-]{36}$");
		assertThat(this.browser.text(By.id("invitation-state"))).isEqualTo("Sent");
	}

	/**
	 * The customer opens the trial invitation's link and creates its tenant; it ends
	 * signed in on its home.
	 */
	private void acceptTrialAsNewCustomer(String email, String organization, String prefix) {
		String link = TestMailServer.invitationLink(TestMailServer.awaitMail(email, ""));
		assertThat(link).startsWith(baseUrl() + "/invitations/");
		this.browser.open(link);
		this.browser.visible(By.id("accept-form"));
		this.browser.type(By.id("organizationName"), organization);
		this.browser.type(By.id("domainPrefix"), prefix);
		this.browser.waitForText(By.id("domain-check"), "admin@" + prefix + ".cloudportal.example");
		this.browser.type(By.id("adminName"), "Bailey Buyer");
		this.browser.type(By.id("password"), ADMIN_PASSWORD);
		this.browser.type(By.id("passwordConfirmation"), ADMIN_PASSWORD);
		this.browser.click(By.id("accept"));
		this.browser.waitForPath("/customer");
		assertThat(this.browser.text(By.id("tenant-name"))).isEqualTo(organization);
	}

	/**
	 * A customer of this partner on a trial of one offer, made through the services.
	 */
	private CreatedTenant tenantWithTrial(PortalUser sales, String email, String offerCode) {
		String company = "Tenant " + TestData.unique("t");
		this.invitations.send(sales, new NewTrialInvitation(null, company, "Terry Tenant", email, "en", null,
				List.of(offerCode), false, null, null));
		// Sent outside a request, the mail's link has the default address: keep its
		// token.
		String token = tokenOf(TestMailServer.invitationLink(TestMailServer.awaitMail(email, "")));
		AcceptOutcome outcome = this.acceptance.accept(token, null, new CustomerChoices(
				new NewTenantDetails(company, TestData.unique("tenant").toLowerCase(), "Terry Tenant", ADMIN_PASSWORD),
				false));
		assertThat(outcome).isInstanceOf(AcceptOutcome.Accepted.class);
		return ((AcceptOutcome.Accepted) outcome).tenant();
	}

	private SubscriptionView subscriptionOf(UUID customerId, String offerCode) {
		List<SubscriptionView> found = this.customerSubscriptions.subscriptions(customerId)
			.stream()
			.filter((s) -> s.offerCode().equals(offerCode))
			.toList();
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	private static String tokenOf(String link) {
		return link.substring(link.lastIndexOf('/') + 1);
	}

	private String baseUrl() {
		return "http://localhost:" + this.port;
	}

}
