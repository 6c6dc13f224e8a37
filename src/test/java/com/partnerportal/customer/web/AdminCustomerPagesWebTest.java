package com.partnerportal.customer.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.customer.CustomerListEntry;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.BackOfficeRole;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestTenants;
import com.partnerportal.testing.TestTenants.Tenant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The back office's customers: search by a part of the name, a domain prefix or an id;
 * filters by cloud instance and delegated admin; bad filter values answered at their
 * field with a 400; a customer's page is one timeline of what happened to it.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminCustomerPagesWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	TestTenants tenants;

	@Autowired
	Partners partners;

	@Autowired
	JdbcTemplate jdbc;

	PortalUser supportAgent = new PortalUser(UUID.randomUUID(), AccountKind.BACK_OFFICE_ADMIN, null,
			"support@operator.example", "Sue Support", Locale.ENGLISH, Set.of(BackOfficeRole.SUPPORT_AGENT.name()),
			null);

	String marker;

	Tenant administered;

	Tenant alone;

	@BeforeAll
	void twoCustomers() {
		this.marker = TestData.unique("Zebu").toLowerCase(Locale.ROOT);
		UUID partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		PortalUser seller = this.testData.principal(this.partners,
				this.testData.user(partnerId, PartnerRole.PARTNER_ADMIN, PartnerRole.SALES_AGENT));
		this.administered = this.tenants.acceptedTrial(seller, "Alpha " + this.marker, true);
		this.alone = this.tenants.acceptedTrial(seller, "Beta " + this.marker, false);
		this.jdbc.update("update customer set cloud_instance = 'CHINA_21VIANET' where id = ?", this.alone.customerId());
	}

	@Test
	void findsCustomersByPartOfTheNameByDomainPrefixAndById() throws Exception {
		assertThat(names(search("q", this.marker.toUpperCase(Locale.ROOT)))).containsExactly("Alpha " + this.marker,
				"Beta " + this.marker);
		String prefix = this.alone.domain().substring(0, this.alone.domain().indexOf('.'));
		assertThat(names(search("q", prefix))).containsExactly("Beta " + this.marker);
		assertThat(names(search("q", this.alone.domain()))).containsExactly("Beta " + this.marker);
		assertThat(names(search("q", this.administered.customerId().toString())))
			.containsExactly("Alpha " + this.marker);
		assertThat(names(search("q", "%" + this.marker))).isEmpty();
		assertThat(names(search("q", "no such customer " + this.marker))).isEmpty();
	}

	@Test
	void filtersByCloudInstanceAndDelegatedAdminAndSorts() throws Exception {
		assertThat(names(search("q", this.marker, "instance", "CHINA_21VIANET")))
			.containsExactly("Beta " + this.marker);
		assertThat(names(search("q", this.marker, "instance", "GLOBAL"))).containsExactly("Alpha " + this.marker);
		assertThat(names(search("q", this.marker, "delegatedAdmin", "yes"))).containsExactly("Alpha " + this.marker);
		assertThat(names(search("q", this.marker, "delegatedAdmin", "no"))).containsExactly("Beta " + this.marker);
		assertThat(names(search("q", this.marker, "sort", "name,desc"))).containsExactly("Beta " + this.marker,
				"Alpha " + this.marker);
		List<CustomerListEntry> rows = rows(search("q", this.marker));
		assertThat(rows).extracting(CustomerListEntry::hasDelegatedAdmin).containsExactly(true, false);
	}

	@Test
	void badFilterValuesGetAMessageAtTheirFieldAnd400() throws Exception {
		String page = this.mvc
			.perform(get("/admin/customers").param("instance", "MARS")
				.param("delegatedAdmin", "maybe")
				.param("q", "x".repeat(201))
				.with(user(this.supportAgent))
				.header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Choose a cloud instance from the list.")
			.contains("Choose an option from the list.")
			.contains("Enter at most 200 characters.")
			.contains("id=\"instance-error\"");
	}

	@Test
	void aCustomersPageIsOneTimelineOfItsHistoryAndMails() throws Exception {
		String page = this.mvc
			.perform(get("/admin/customers/{id}", this.administered.customerId()).with(user(this.supportAgent))
				.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Alpha " + this.marker)
			.contains("Delegated admin approved")
			.contains("Trial started")
			.contains("Customer tenant created")
			.contains("End this relationship")
			.contains(this.administered.contactEmail());
		this.mvc.perform(get("/admin/customers/{id}", UUID.randomUUID()).with(user(this.supportAgent)))
			.andExpect(status().isNotFound());
	}

	private MvcResult search(String... parameters) throws Exception {
		var request = get("/admin/customers").with(user(this.supportAgent)).header("Accept-Language", "en");
		for (int i = 0; i < parameters.length; i += 2) {
			request.param(parameters[i], parameters[i + 1]);
		}
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn();
	}

	@SuppressWarnings("unchecked")
	private static List<CustomerListEntry> rows(MvcResult result) {
		return ((Slice<CustomerListEntry>) result.getModelAndView().getModel().get("customers")).getContent();
	}

	private static List<String> names(MvcResult result) {
		return rows(result).stream().map(CustomerListEntry::name).toList();
	}

}
