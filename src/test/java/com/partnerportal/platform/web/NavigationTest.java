package com.partnerportal.platform.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.platform.security.BackOfficeAdmins;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestTenants;
import com.partnerportal.testing.TestTenants.Tenant;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The menus are rendered once and reused ({@link Navigation}): what one viewer was shown
 * must never reach another kind of viewer, another language or another customer.
 */
@PortalIntegrationTest
class NavigationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	Partners partners;

	@Autowired
	TestTenants tenants;

	@Autowired
	BackOfficeAdmins admins;

	@Test
	void eachCustomerAdminIsLinkedToItsOwnTenant() throws Exception {
		Tenant first = this.tenants.acceptedTrial();
		Tenant second = this.tenants.acceptedTrial();
		for (Tenant tenant : List.of(first, second, first)) {
			Tenant other = (tenant == first) ? second : first;
			String html = page("/customer", tenant.admin(), Locale.ENGLISH);
			assertThat(html).contains("href=\"/tenants/" + tenant.customerId() + "\">Administration</a>")
				.contains("href=\"/tenants/" + tenant.customerId() + "/service-requests\">Service requests</a>")
				.doesNotContain("/tenants/" + other.customerId());
		}
	}

	@Test
	void eachRoleAndLanguageGetsItsOwnLinks() throws Exception {
		UUID partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		PortalUser admin = principal(partnerId, PartnerRole.PARTNER_ADMIN);
		PortalUser helpdesk = principal(partnerId, PartnerRole.HELPDESK_AGENT);
		for (int round = 0; round < 2; round++) {
			assertThat(page("/partner", admin, Locale.ENGLISH)).contains(">Team</a>").contains(">Pipeline</a>");
			assertThat(page("/partner", helpdesk, Locale.ENGLISH)).contains(">Customers</a>")
				.doesNotContain(">Team</a>")
				.doesNotContain(">Pipeline</a>")
				.doesNotContain(">Leads</a>");
			assertThat(page("/partner", admin, Locale.JAPANESE)).contains(">チーム</a>").doesNotContain(">Team</a>");
			assertThat(page("/partner", admin, Locale.KOREAN)).contains(">팀</a>").doesNotContain(">Team</a>");
		}
	}

	@Test
	void theBackOfficeMenuIsInThePagesLanguage() throws Exception {
		PortalUser backOffice = this.admins.findForSignIn("admin@operator.example").orElseThrow();
		assertThat(page("/admin/mail", backOffice, Locale.ENGLISH)).contains(">Support queue</a>");
		assertThat(page("/admin/mail", backOffice, Locale.JAPANESE)).contains(">サポート キュー</a>")
			.doesNotContain(">Support queue</a>");
		assertThat(page("/admin/mail", backOffice, Locale.KOREAN)).contains(">지원 대기열</a>")
			.doesNotContain(">Support queue</a>");
	}

	private PortalUser principal(UUID partnerId, PartnerRole... roles) {
		return this.testData.principal(this.partners, this.testData.user(partnerId, roles));
	}

	private String page(String path, PortalUser viewer, Locale locale) throws Exception {
		return this.mvc
			.perform(get(path).with(user(viewer)).locale(locale).header("Accept-Language", locale.getLanguage()))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
