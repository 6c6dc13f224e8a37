package com.partnerportal.delegation.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.delegation.DelegatedAdmins;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.AttentionItem;
import com.partnerportal.platform.BackOfficeAttention;
import com.partnerportal.platform.BackOfficeRole;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestClock;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestDelegatedAdminTerms;
import com.partnerportal.testing.TestTenants;
import com.partnerportal.testing.TestTenants.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The back office's home counts the delegated-admin relationships ending within 30 days
 * and links to their list, soonest first, in the operator's language; a relationship
 * ending later, or already ended, is in neither; partners and customers are refused.
 */
@PortalIntegrationTest
class AdminEndingRelationshipsWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	TestTenants tenants;

	@Autowired
	Partners partners;

	@Autowired
	DelegatedAdmins delegatedAdmins;

	@Autowired
	List<BackOfficeAttention> attention;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	PortalUser operator = new PortalUser(UUID.randomUUID(), AccountKind.BACK_OFFICE_ADMIN, null,
			"olga@operator.example", "Olga Operator", Locale.ENGLISH, Set.of(BackOfficeRole.BACK_OFFICE_ADMIN.name()),
			null);

	PortalUser seller;

	@BeforeEach
	void setUp() {
		UUID partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		this.seller = this.testData.principal(this.partners,
				this.testData.user(partnerId, PartnerRole.PARTNER_ADMIN, PartnerRole.SALES_AGENT));
	}

	@Test
	void listsAndCountsOnlyRelationshipsEndingWithin30Days() throws Exception {
		long before = endingSoonCount();
		Tenant soon = tenantEndingIn(Duration.ofDays(10), true);
		Tenant later = tenantEndingIn(Duration.ofDays(40), false);
		Tenant noEnd = this.tenants.acceptedTrial(this.seller, true);
		Tenant ended = tenantEndingIn(Duration.ofDays(5), false);
		this.delegatedAdmins.remove(ended.customerId(), ended.name(), Actor.of(ended.admin()));

		assertThat(endingSoonCount()).isEqualTo(before + 1);
		this.mvc.perform(get("/admin").with(user(this.operator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/admin/relationships/ending\"")))
			.andExpect(content().string(containsString("Delegated-admin relationships ending within 30 days")));
		this.mvc.perform(get("/admin/relationships/ending").param("size", "100").with(user(this.operator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(soon.name())))
			.andExpect(content().string(containsString("Extended by 180 days")))
			.andExpect(content().string(not(containsString(later.name()))))
			.andExpect(content().string(not(containsString(noEnd.name()))))
			.andExpect(content().string(not(containsString(ended.name()))));
	}

	@Test
	void aRelationshipPastItsEndDateIsNoLongerEndingSoon() {
		long before = endingSoonCount();
		tenantEndingIn(Duration.ofDays(2), false);
		assertThat(endingSoonCount()).isEqualTo(before + 1);
		this.clock.advance(Duration.ofDays(2).plusMinutes(1));
		try {
			assertThat(endingSoonCount()).isLessThanOrEqualTo(before);
		}
		finally {
			this.clock.reset();
		}
	}

	@Test
	void showsInTheOperatorsLanguage() throws Exception {
		PortalUser japanese = new PortalUser(UUID.randomUUID(), AccountKind.BACK_OFFICE_ADMIN, null,
				"sora@operator.example", "Sora Operator", Locale.JAPANESE,
				Set.of(BackOfficeRole.BACK_OFFICE_ADMIN.name()), null);
		this.mvc
			.perform(get("/admin/relationships/ending").with(user(japanese))
				.locale(Locale.JAPANESE)
				.header("Accept-Language", "ja"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("30 日以内に終了する委任管理者")));
	}

	@Test
	void partnersAndCustomersAreRefused() throws Exception {
		Tenant tenant = this.tenants.acceptedTrial(this.seller, true);
		this.mvc.perform(get("/admin/relationships/ending").with(user(this.seller))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/relationships/ending").with(user(tenant.admin())))
			.andExpect(status().isForbidden());
	}

	private long endingSoonCount() {
		return this.attention.stream()
			.flatMap((source) -> source.attentionItems().stream())
			.filter((item) -> item.href().equals("/admin/relationships/ending"))
			.mapToLong(AttentionItem::count)
			.sum();
	}

	private Tenant tenantEndingIn(Duration left, boolean autoExtend) {
		Tenant tenant = this.tenants.acceptedTrial(this.seller, true);
		UUID relationshipId = this.delegatedAdmins.current(tenant.customerId()).orElseThrow().id();
		TestDelegatedAdminTerms.endsAt(this.jdbc, relationshipId, this.clock.instant().plus(left), autoExtend);
		return tenant;
	}

}
