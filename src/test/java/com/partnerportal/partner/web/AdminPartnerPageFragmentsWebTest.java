package com.partnerportal.partner.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.customer.Subscriptions;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.partner.Program;
import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.BackOfficeRole;
import com.partnerportal.platform.CloudInstance;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 10, finishing item 1 and 2: a partner's page in the back office shows its domain
 * and loads its customers, delegated-admin relationships, Partner-of-Record subscriptions
 * and activity from the modules that own them (htmx, with a link that works without
 * JavaScript); each part is a page of its own when opened as a link; the list finds a
 * partner by a part of its domain.
 */
@PortalIntegrationTest
class AdminPartnerPageFragmentsWebTest {

	private static final String[] PARTS = { "customers", "relationships", "partner-of-record", "activity" };

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	TestTenants tenants;

	@Autowired
	Partners partners;

	@Autowired
	Subscriptions subscriptions;

	private final PortalUser admin = backOffice(BackOfficeRole.BACK_OFFICE_ADMIN);

	private final PortalUser supportAgent = backOffice(BackOfficeRole.SUPPORT_AGENT);

	private UUID partnerId;

	private String partnerName;

	private String domain;

	private TestTenants.Tenant tenant;

	@BeforeEach
	void partnerWithACustomer() {
		this.partnerName = TestData.unique("Fragment Partner");
		this.domain = TestData.unique("frag").toLowerCase(Locale.ROOT) + ".example";
		this.partnerId = this.partners.register(this.partnerName, this.domain.toUpperCase(Locale.ROOT),
				CloudInstance.GLOBAL, EnumSet.of(Program.CLOUD_ESSENTIALS), TestData.ALL_SERVICES);
		this.partners.signAgreement(this.partnerId, "2026-01", "Test Signer");
		PortalUser seller = this.testData.principal(this.partners,
				this.testData.user(this.partnerId, PartnerRole.PARTNER_ADMIN, PartnerRole.SALES_AGENT));
		this.tenant = this.tenants.acceptedTrial(seller, true, "MAIL_PLAN_1");
		this.subscriptions.designatePartnerOfRecord(this.tenant.customerId(),
				this.tenant.subscription("MAIL_PLAN_1").id(), this.partnerId.toString(), Actor.of(this.tenant.admin()));
	}

	@Test
	void thePartnersPageShowsItsDomainAndLoadsEachPartWithALinkFallback() throws Exception {
		String page = page(this.mvc.perform(get("/admin/partners/{id}", this.partnerId).with(user(this.admin)))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(page).contains(this.domain);
		for (String part : PARTS) {
			String path = "/admin/partners/" + this.partnerId + "/" + part;
			assertThat(page).contains("data-hx-get=\"" + path + "\"")
				.contains("data-hx-trigger=\"load\"")
				.contains("href=\"" + path + "\"");
		}
	}

	@Test
	void eachPartAsAFragmentShowsWhatItsModuleKnows() throws Exception {
		String customers = fragment("customers");
		assertThat(customers).contains(this.tenant.name(), this.tenant.domain(), "This partner")
			.doesNotContain("<html");
		String relationships = fragment("relationships");
		assertThat(relationships).contains(this.tenant.name(), "Active").doesNotContain("<html");
		String partnerOfRecord = fragment("partner-of-record");
		assertThat(partnerOfRecord).contains(this.tenant.name(), "Mail Plan 1").doesNotContain("<html");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(fragment("activity")).contains("Invitation sent"));
	}

	@Test
	void eachPartOpenedAsALinkIsAPageForBothRoles() throws Exception {
		for (PortalUser reader : new PortalUser[] { this.admin, this.supportAgent }) {
			for (String part : PARTS) {
				String page = page(
						this.mvc.perform(get("/admin/partners/{id}/{part}", this.partnerId, part).with(user(reader)))
							.andExpect(status().isOk())
							.andReturn());
				assertThat(page).contains("<html", this.partnerName, "href=\"/admin/partners/" + this.partnerId + "\"");
			}
		}
	}

	@Test
	void anUnknownPartnersPartIsNotFound() throws Exception {
		for (String part : PARTS) {
			this.mvc.perform(get("/admin/partners/{id}/{part}", UUID.randomUUID(), part).with(user(this.admin)))
				.andExpect(status().isNotFound());
		}
	}

	@Test
	void findsAPartnerByAPartOfItsDomainOrAnAddressAtIt() throws Exception {
		String middle = this.domain.substring(2, this.domain.length() - 4).toUpperCase(Locale.ROOT);
		assertThat(list(middle)).contains("href=\"/admin/partners/" + this.partnerId + "\"", this.domain);
		assertThat(list("someone@" + this.domain)).contains("href=\"/admin/partners/" + this.partnerId + "\"");
		assertThat(list("someone@nowhere-" + this.domain))
			.doesNotContain("href=\"/admin/partners/" + this.partnerId + "\"");
	}

	private String list(String q) throws Exception {
		return page(this.mvc.perform(get("/admin/partners").param("q", q).with(user(this.admin)))
			.andExpect(status().isOk())
			.andReturn());
	}

	private String fragment(String part) throws Exception {
		return page(this.mvc
			.perform(get("/admin/partners/{id}/{part}", this.partnerId, part).header("HX-Request", "true")
				.with(user(this.admin)))
			.andExpect(status().isOk())
			.andReturn());
	}

	private static PortalUser backOffice(BackOfficeRole role) {
		return new PortalUser(UUID.randomUUID(), AccountKind.BACK_OFFICE_ADMIN, null,
				role.name().toLowerCase(Locale.ROOT) + "@operator.example", "Olga Operator", Locale.ENGLISH,
				Set.of(role.name()), null);
	}

	private static String page(MvcResult result) throws Exception {
		return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
