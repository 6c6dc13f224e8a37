package com.partnerportal.e2e;

import java.util.UUID;

import com.partnerportal.availability.AvailabilitySwitch;
import com.partnerportal.availability.FeatureAvailability;
import com.partnerportal.availability.PartnerFeature;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.CloudInstance;
import com.partnerportal.platform.security.BackOfficeAdmins;
import com.partnerportal.support.NewServiceRequest;
import com.partnerportal.support.ServiceRequestCategory;
import com.partnerportal.support.ServiceRequestSeverity;
import com.partnerportal.support.ServiceRequestView;
import com.partnerportal.support.ServiceRequests;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestMailServer;
import com.partnerportal.testing.TestTenants;
import com.partnerportal.testing.TestTenants.Tenant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10's "done means", one operator's afternoon in real headless Chromium, with a
 * second browser for the people on the other side:
 * <ol>
 * <li>the operator finds a partner and freezes its sales with a reason: the partner's
 * next invitation is refused with that reason, its existing customers' pages still work;
 * the operator reinstates it and the form sends again;</li>
 * <li>the operator publishes a Partner Agreement version, the partner's admin accepts it,
 * and the back office counts one more acceptance;</li>
 * <li>the operator answers a critical service request from the queue within its SLA,
 * which then shows as met;</li>
 * <li>the operator switches delegated administration off in the cloud operated by
 * 21Vianet: the public page and Northwind's delegated-admin form (after its admin signs
 * the agreement) say why;</li>
 * <li>the operator finds the partner's customer and ends the delegated-admin relationship
 * with a reason; both sides are mailed (GreenMail), the activity and mail logs show
 * it.</li>
 * </ol>
 * axe-core checks every page visited, in every language ({@link Browser}). The README's
 * back-office screenshots are made here. Skipped when Chromium is not installed.
 */
@PortalIntegrationTest
class OperatorWalkthroughBrowserTest {

	private static final String OPERATOR = "admin@operator.example";

	private static final String OPERATOR_NAME = "Olivia Operator";

	private static final String DEMO_PASSWORD = "demo-password";

	private static final String NORTHWIND_ADMIN = "wei@northwind-it.example";

	private static final String FROZEN_BECAUSE = "Unpaid invoices since March";

	private static final String SWITCHED_OFF_BECAUSE = "Delegated administration is paused in this cloud for an audit.";

	@LocalServerPort
	int port;

	@Autowired
	TestData testData;

	@Autowired
	TestTenants tenants;

	@Autowired
	Partners partners;

	@Autowired
	ServiceRequests serviceRequests;

	@Autowired
	BackOfficeAdmins backOffice;

	@Autowired
	FeatureAvailability availability;

	@Autowired
	JdbcTemplate jdbc;

	AvailabilitySwitch features;

	UUID partnerId;

	String partnerName;

	String partnerAdmin;

	Tenant tenant;

	ServiceRequestView request;

	UUID northwindId;

	String label;

	Browser operator;

	Browser otherSide;

	@BeforeEach
	void setUp() {
		Browser.assumeInstalled();
		this.partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		this.partnerName = this.partners.partner(this.partnerId).name();
		this.partnerAdmin = this.testData.user(this.partnerId, PartnerRole.PARTNER_ADMIN, PartnerRole.SALES_AGENT);
		this.tenant = this.tenants.acceptedTrial(this.testData.principal(this.partners, this.partnerAdmin),
				TestData.unique("Woodgrove"), true);
		this.request = this.serviceRequests.open(this.tenant.admin(), this.tenant.customerId(),
				new NewServiceRequest(TestData.unique("Nobody can sign in"),
						"Since 9:00 nobody at our company can sign in.", ServiceRequestCategory.ACCOUNT,
						ServiceRequestSeverity.CRITICAL));
		this.northwindId = this.partners.findForSignIn(NORTHWIND_ADMIN).orElseThrow().organizationId();
		this.features = new AvailabilitySwitch(this.availability);
		this.features.on(CloudInstance.CHINA_21VIANET, PartnerFeature.DELEGATED_ADMIN);
		this.operator = Browser.start();
		this.otherSide = Browser.start();
	}

	@AfterEach
	void tearDown() {
		try (Browser operator = this.operator; Browser otherSide = this.otherSide) {
			// every test class shares one database: the demo data goes back as it was
			if (this.features != null) {
				this.features.restoreDefaults();
			}
			if (this.northwindId != null) {
				this.jdbc.update("delete from partner_agreement_acceptance where partner_id = ?", this.northwindId);
				this.jdbc.update("update partner set agreement_version = null, agreement_signed_by = null,"
						+ " agreement_signed_at = null where id = ?", this.northwindId);
			}
			if (this.label != null) {
				this.jdbc.update("delete from partner_agreement_acceptance where agreement_version_id in"
						+ " (select id from partner_agreement_version where label = ?)", this.label);
				this.jdbc.update("delete from partner_agreement_version where label = ?", this.label);
			}
		}
	}

	@Test
	void anOperatorRunsTheProgramFromTheBackOffice() {
		this.operator.signIn(baseUrl(), OPERATOR, DEMO_PASSWORD, "/admin");
		freezesAPartnersSalesWhoseCustomersStillWorkAndReinstatesIt();
		publishesAnAgreementVersionThePartnerAccepts();
		answersAServiceRequestWithinItsSla();
		switchesDelegatedAdministrationOffFor21VianetAndNorthwindsFormSaysWhy();
		endsARelationshipWithAReasonAndBothSidesAreMailed();
	}

	private void freezesAPartnersSalesWhoseCustomersStillWorkAndReinstatesIt() {
		Browser operator = this.operator;
		operator.click(By.cssSelector("#content a[href='/admin/partners']"));
		operator.waitForPath("/admin/partners");
		operator.type(By.id("q"), this.partnerName);
		operator.click(By.cssSelector("#partner-search button[type=submit]"));
		operator.waitForUrlMatching(".*[?&]q=.*");
		operator.click(By.linkText(this.partnerName));
		operator.waitForPath("/admin/partners/" + this.partnerId);
		operator.select(By.id("standing"), "SALES_FROZEN");
		operator.type(By.id("standing-reason"), FROZEN_BECAUSE);
		operator.click(By.id("change-standing"));
		operator.waitForText(By.id("partner-standing"), "Sales frozen");
		operator.screenshot("admin-partner-sales-frozen.png");

		// the partner: its next invitation is refused with the reason
		Browser partner = this.otherSide;
		partner.signIn(baseUrl(), this.partnerAdmin, TestData.PASSWORD, "/partner");
		assertThat(partner.text(By.id("standing-banner"))).contains(FROZEN_BECAUSE);
		partner.open(baseUrl() + "/partner/invitations/new");
		assertThat(partner.text(By.id("selling-refused"))).contains(FROZEN_BECAUSE);
		assertThat(partner.visible(By.id("send-invitation")).isEnabled()).isFalse();
		partner.screenshot("partner-sales-frozen-form.png");
		// ... and its existing customers' pages still work
		partner.open(baseUrl() + "/partner/customers");
		partner.click(By.linkText(this.tenant.name()));
		partner.waitForPath("/partner/customers/" + this.tenant.customerId());
		assertThat(partner.text(By.tagName("h1"))).contains(this.tenant.name());
		assertThat(partner.text(By.id("delegation-status"))).isNotEmpty();

		// reinstated, it sends again
		operator.select(By.id("standing"), "ACTIVE");
		operator.type(By.id("standing-reason"), "Invoices paid");
		operator.click(By.id("change-standing"));
		operator.waitForText(By.id("partner-standing"), "Active");
		partner.open(baseUrl() + "/partner/invitations/new");
		assertThat(partner.visible(By.id("send-invitation")).isEnabled()).isTrue();
	}

	private void publishesAnAgreementVersionThePartnerAccepts() {
		Browser operator = this.operator;
		this.label = TestData.unique("v");
		operator.click(By.cssSelector("#content a[href='/admin/agreements']"));
		operator.waitForPath("/admin/agreements");
		operator.click(By.id("publish-version"));
		operator.type(By.id("label"), this.label);
		operator.type(By.id("gracePeriodDays"), "30");
		operator.type(By.id("textEn"), "The new agreement.");
		operator.type(By.id("textJa"), "新しい契約。");
		operator.type(By.id("textKo"), "새 계약.");
		operator.click(By.id("publish"));
		operator.waitForPath("/admin/agreements");
		assertThat(operator.text(acceptancesOf(this.label))).isEqualTo("0");

		Browser partner = this.otherSide;
		partner.open(baseUrl() + "/partner");
		assertThat(partner.text(By.id("agreement-banner"))).contains(this.label);
		partner.click(By.cssSelector("#agreement-banner a"));
		partner.waitForPath("/partner/agreement");
		assertThat(partner.text(By.id("agreement-text"))).contains("The new agreement.");
		partner.click(By.id("accepted"));
		partner.click(By.id("accept-agreement"));
		partner.waitForPath("/partner/agreement");
		assertThat(partner.text(By.id("agreement-current"))).isNotEmpty();
		partner.screenshot("partner-agreement-accepted.png");
		assertThat(this.partners.partner(this.partnerId).agreementVersion()).isEqualTo(this.label);

		operator.open(baseUrl() + "/admin/agreements");
		assertThat(operator.text(acceptancesOf(this.label))).isEqualTo("1");
	}

	private void answersAServiceRequestWithinItsSla() {
		Browser operator = this.operator;
		operator.click(By.cssSelector("#content a[href='/admin/support']"));
		operator.waitForPath("/admin/support");
		operator.select(By.id("severity"), "CRITICAL");
		operator.select(By.id("sort"), "openedAt,desc");
		operator.click(By.cssSelector("#queue-filter button[type=submit]"));
		operator.waitForUrlMatching(".*severity=CRITICAL.*");
		String row = "#support-queue tr[data-reference='" + this.request.reference() + "']";
		assertThat(operator.text(By.cssSelector(row))).contains(this.request.title(), "Critical", "On track");
		operator.screenshot("support-queue.png");

		operator.click(By.cssSelector(row + " a"));
		operator.waitForPath("/admin/support/" + this.request.id());
		operator.select(By.id("assignee"),
				this.backOffice.findForSignIn(OPERATOR).orElseThrow().accountId().toString());
		operator.click(By.id("assign"));
		operator.waitForText(By.id("service-request-assignee"), OPERATOR_NAME);
		operator.checkAccessibility();
		operator.type(By.id("body"), "We reset the sign-in policy. Please try again.");
		operator.select(By.id("next"), "WAITING_FOR_CUSTOMER");
		operator.click(By.id("send-answer"));
		operator.waitForText(By.cssSelector("#content [role=status]"), "Your answer was sent.");
		operator.checkAccessibility();
		assertThat(operator.text(By.id("service-request-state"))).isEqualTo("Waiting for the customer");
		assertThat(operator.text(By.id("service-request-sla"))).contains("Met");
		assertThat(operator.text(By.id("conversation"))).contains("We reset the sign-in policy. Please try again.");
		operator.screenshot("support-request-answered.png");
	}

	private void switchesDelegatedAdministrationOffFor21VianetAndNorthwindsFormSaysWhy() {
		Browser operator = this.operator;
		String cell = "cell-CHINA_21VIANET-DELEGATED_ADMIN";
		operator.click(By.cssSelector("#content a[href='/admin/availability']"));
		operator.waitForPath("/admin/availability");
		assertThat(operator.text(By.id(cell))).contains("Available");
		operator.click(By.cssSelector("#" + cell + " a"));
		operator.visible(By.id("edit"));
		operator.click(By.cssSelector("#edit input[type=radio][value=NOT_AVAILABLE]"));
		operator.type(By.id("reasonEn"), SWITCHED_OFF_BECAUSE);
		operator.type(By.id("reasonJa"), "監査のため、このクラウドでは代理管理を一時停止しています。");
		operator.type(By.id("reasonKo"), "감사를 위해 이 클라우드에서 위임된 관리를 일시 중지했습니다.");
		operator.screenshot("availability-admin.png");
		operator.click(By.cssSelector("#edit button[type=submit]"));
		operator.waitForText(By.cssSelector("#content [role=status]"), "The availability was changed.");
		assertThat(operator.text(By.id(cell))).contains("Not available", SWITCHED_OFF_BECAUSE);
		operator.open(baseUrl() + "/availability");
		assertThat(operator.text(By.id("public-CHINA_21VIANET-DELEGATED_ADMIN"))).contains("Not available",
				SWITCHED_OFF_BECAUSE);

		// Northwind, a partner of that cloud, signs the agreement first (it never has)
		Browser northwind = this.otherSide;
		northwind.forgetSession();
		northwind.signIn(baseUrl(), NORTHWIND_ADMIN, DEMO_PASSWORD, "/partner/agreement");
		northwind.click(By.id("accepted"));
		northwind.click(By.id("accept-agreement"));
		northwind.waitForPath("/partner/agreement");
		assertThat(northwind.text(By.id("agreement-signed"))).contains(this.label, "Wei Zhang");
		northwind.open(baseUrl() + "/partner/delegated-admin-requests/new");
		assertThat(northwind.text(By.id("feature-notice-DELEGATED_ADMIN"))).contains(
				"Delegated administration: not available in the cloud operated by 21Vianet.", SWITCHED_OFF_BECAUSE);
		assertThat(northwind.text(By.id("cloud-instance-note"))).contains("cloud operated by 21Vianet");
		assertThat(northwind.visible(By.id("send-delegated-admin-request")).isEnabled()).isFalse();
		northwind.screenshot("availability-partner-form.png");
	}

	private void endsARelationshipWithAReasonAndBothSidesAreMailed() {
		Browser operator = this.operator;
		operator.open(baseUrl() + "/admin");
		operator.click(By.cssSelector("#content a[href='/admin/customers']"));
		operator.waitForPath("/admin/customers");
		operator.type(By.id("q"), this.tenant.name());
		operator.select(By.id("delegatedAdmin"), "yes");
		operator.click(By.id("customer-search-submit"));
		operator.waitForText(By.id("customer-table"), this.tenant.name());
		operator.screenshot("admin-customers.png");
		operator.click(By.linkText(this.tenant.name()));
		operator.waitForPath("/admin/customers/" + this.tenant.customerId());
		assertThat(operator.text(By.id("timeline-events"))).contains("Delegated admin approved", "Trial started",
				"Service request opened");
		assertThat(operator.text(By.id("relationships"))).contains(this.partnerName, "Active");
		operator.screenshot("admin-customer-timeline.png");

		operator.click(By.cssSelector("#relationships a[id^=end-relationship-]"));
		operator.waitForUrlMatching(".*/relationships/[0-9a-f-]{36}/end$");
		operator.click(By.cssSelector("input[name=reason][value=SECURITY_CONCERN]"));
		operator.type(By.id("note"), "Reported by the customer's security team");
		operator.click(By.id("end-relationship-submit"));
		operator.waitForText(By.id("error-summary"), "Confirm that the partner loses access now.");
		operator.screenshot("admin-relationship-end.png");
		operator.click(By.id("confirmed1"));
		operator.click(By.id("end-relationship-submit"));
		operator.waitForPath("/admin/customers/" + this.tenant.customerId());
		assertThat(operator.text(By.cssSelector("#content [role=status]"))).contains("has ended");
		assertThat(operator.text(By.id("relationships"))).contains("Ended by the operator: Security concern");

		// both sides are mailed, with the reason
		assertThat(TestMailServer.body(TestMailServer.awaitMail(this.tenant.contactEmail(),
				this.partnerName + " is no longer your delegated admin")))
			.contains("Security concern");
		assertThat(TestMailServer.body(TestMailServer.awaitMail(this.partnerAdmin,
				"Your delegated admin of " + this.tenant.name() + " has ended")))
			.contains("Security concern");

		operator.click(By.id("customer-activity-link"));
		operator.waitForText(By.id("activity-table"), "Delegated admin ended by the operator");
		operator.open(baseUrl() + "/admin/mail?recipient=" + this.tenant.contactEmail());
		operator.waitForText(By.id("mail-table"), "is no longer your delegated admin");
	}

	/** The acceptance count of a version on the back office's agreement page. */
	private static By acceptancesOf(String label) {
		return By.xpath("//table[@id='version-table']//tr[th[normalize-space()='" + label + "']]/td[3]");
	}

	private String baseUrl() {
		return "http://localhost:" + this.port;
	}

}
