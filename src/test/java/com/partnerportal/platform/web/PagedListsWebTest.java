package com.partnerportal.platform.web;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.platform.security.BackOfficeAdmins;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestTenants;
import com.partnerportal.testing.TestTenants.Tenant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every paged list (outside the tenant console and the service requests) answers a
 * negative, malformed or huge page or size, and a column it cannot be sorted by, with its
 * own first page (200), never a 400 or a 500; page numbers count from 0 as the page links
 * always have.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagedListsWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	TestTenants tenants;

	@Autowired
	Partners partners;

	@Autowired
	BackOfficeAdmins backOfficeAdmins;

	PortalUser partnerUser;

	Tenant tenant;

	PortalUser backOffice;

	@BeforeAll
	void setUp() {
		UUID partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		this.partnerUser = this.testData.principal(this.partners,
				this.testData.user(partnerId, PartnerRole.PARTNER_ADMIN, PartnerRole.SALES_AGENT));
		this.tenant = this.tenants.acceptedTrial(this.partnerUser, false, "BUSINESS_STANDARD");
		this.backOffice = this.backOfficeAdmins.findForSignIn("admin@operator.example").orElseThrow();
	}

	static Stream<Arguments> listsAndOddParameters() {
		List<PagedList> lists = List.of(
				new PagedList("/partner/customers", Visitor.PARTNER, "customers", 20, Sort.by("name")),
				new PagedList("/partner/partner-of-record", Visitor.PARTNER, "subscriptions", 20,
						Sort.by(Sort.Direction.DESC, "createdAt")),
				new PagedList("/partner/invitations", Visitor.PARTNER, "invitations", 20,
						Sort.by(Sort.Direction.DESC, "createdAt")),
				new PagedList("/customer/activity", Visitor.CUSTOMER, "entries", 50,
						Sort.by(Sort.Direction.DESC, "occurredAt")),
				new PagedList("/admin/mail", Visitor.BACK_OFFICE, "mails", 25,
						Sort.by(Sort.Direction.DESC, "createdAt")),
				new PagedList("/admin/activity", Visitor.BACK_OFFICE, "entries", 50,
						Sort.by(Sort.Direction.DESC, "occurredAt")));
		List<Probe> probes = List.of(new Probe("page", "-1", 0, false), new Probe("page", "abc", 0, false),
				new Probe("page", "99999999999999", 0, false), new Probe("size", "100000", 0, true),
				new Probe("size", "-5", 0, false), new Probe("size", "abc", 0, false),
				new Probe("sort", "nonsense", 0, false), new Probe("sort", "name,sideways;drop table x", 0, false),
				new Probe("page", "1", 1, false));
		return lists.stream().flatMap((list) -> probes.stream().map((probe) -> Arguments.of(list, probe)));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("listsAndOddParameters")
	void anOddPageSizeOrSortGetsASensiblePage(PagedList list, Probe probe) throws Exception {
		MvcResult result = this.mvc
			.perform(get(list.path()).param(probe.name(), probe.value())
				.with(user(visitor(list.visitor())))
				.header("Accept-Language", "en")
				.accept("text/html"))
			.andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentAsString()).contains("portal-brand").doesNotContain("??");
		Slice<?> page = (Slice<?>) result.getModelAndView().getModel().get(list.modelAttribute());
		assertThat(page.getNumber()).isEqualTo(probe.expectedPageNumber());
		assertThat(page.getSize()).isEqualTo(probe.maxSize() ? 100 : list.pageSize());
		assertThat(page.getPageable().getSort()).isEqualTo(list.order());
	}

	private PortalUser visitor(Visitor visitor) {
		return switch (visitor) {
			case PARTNER -> this.partnerUser;
			case CUSTOMER -> this.tenant.admin();
			case BACK_OFFICE -> this.backOffice;
		};
	}

	enum Visitor {

		PARTNER, CUSTOMER, BACK_OFFICE

	}

	record PagedList(String path, Visitor visitor, String modelAttribute, int pageSize, Sort order) {

		@Override
		public String toString() {
			return this.path;
		}

	}

	/**
	 * One odd request parameter and the page it must end on: the first (or, for
	 * {@code page=1}, the second, as the page links ask), of the list's own size unless
	 * {@code maxSize} (then {@code spring.data.web.pageable.max-page-size}).
	 */
	record Probe(String name, String value, int expectedPageNumber, boolean maxSize) {

		@Override
		public String toString() {
			return this.name + "=" + this.value;
		}

	}

}
