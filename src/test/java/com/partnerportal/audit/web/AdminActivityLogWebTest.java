package com.partnerportal.audit.web;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.audit.ActivityEntry;
import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.BackOfficeRole;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.testing.PortalIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The back office's activity log: filters by actor, partner, customer, action and period
 * (no 90-day cap), bad filter values answered at their field with a 400, and the CSV
 * export of the filtered entries (UTF-8 with a byte-order mark, quoted cells, formulas
 * neutralized).
 */
@PortalIntegrationTest
class AdminActivityLogWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	PortalUser supportAgent = new PortalUser(UUID.randomUUID(), AccountKind.BACK_OFFICE_ADMIN, null,
			"support@operator.example", "Sue Support", Locale.ENGLISH, Set.of(BackOfficeRole.SUPPORT_AGENT.name()),
			null);

	UUID customer;

	UUID partner;

	UUID recent;

	UUID yearOld;

	UUID formula;

	Instant now = Instant.now();

	@BeforeEach
	void entries() {
		this.customer = UUID.randomUUID();
		this.partner = UUID.randomUUID();
		this.recent = entry(this.now, "carla@partner.example", this.partner, "TRIAL_INVITATION_SENT", "Adatum \"Ltd\"");
		this.yearOld = entry(this.now.minus(Duration.ofDays(400)), "olga@operator.example", null,
				"DELEGATED_ADMIN_REMOVED", "Contoso");
		this.formula = entry(this.now.minus(Duration.ofDays(1)), "-mallory@partner.example", this.partner,
				"TRIAL_INVITATION_VIEWED", "=HYPERLINK(\"http://evil.example\")");
	}

	@Test
	void filtersByActorPartnerCustomerActionAndPeriodWithoutA90DayCap() throws Exception {
		String c = this.customer.toString();
		assertThat(ids(list("customer", c))).containsExactly(this.recent, this.formula, this.yearOld);
		assertThat(ids(list("customer", c, "partner", this.partner.toString()))).containsExactly(this.recent,
				this.formula);
		assertThat(ids(list("customer", c, "actor", "OLGA"))).containsExactly(this.yearOld);
		assertThat(ids(list("customer", c, "action", "TRIAL_INVITATION_VIEWED"))).containsExactly(this.formula);
		LocalDate yearAgo = LocalDate.ofInstant(this.now.minus(Duration.ofDays(400)), ZoneOffset.UTC);
		assertThat(ids(list("customer", c, "from", yearAgo.toString(), "to", yearAgo.toString())))
			.containsExactly(this.yearOld);
		assertThat(ids(list("customer", c, "from", yearAgo.plusDays(1).toString()))).containsExactly(this.recent,
				this.formula);
	}

	@Test
	void badFilterValuesGetAMessageAtTheirFieldAnd400NeverA500() throws Exception {
		String page = bad("from", "2026-13-45", "to", "yesterday", "partner", "not-an-id", "action", "drop table");
		assertThat(page).contains("Enter a date such as 2026-01-31.")
			.contains("Enter an ID such as")
			.contains("An action code is written in capital letters")
			.contains("id=\"from-error\"")
			.contains("aria-describedby=\"from-error\"");
		assertThat(bad("from", "2026-03-02", "to", "2026-03-01"))
			.contains("The end date must not be before the start date.");
		this.mvc
			.perform(get("/admin/activity.csv").param("customer", "123")
				.with(user(this.supportAgent))
				.header("Accept-Language", "en"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void exportsTheFilteredEntriesAsSafeCsvForExcel() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get("/admin/activity.csv").param("customer", this.customer.toString())
				.param("partner", this.partner.toString())
				.with(user(this.supportAgent))
				.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getContentType()).isEqualTo("text/csv; charset=UTF-8");
		assertThat(response.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"activity.csv\"");
		byte[] bytes = response.getContentAsByteArray();
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		List<String> lines = List.of(new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n"));
		assertThat(lines).hasSize(3);
		assertThat(lines.get(0))
			.isEqualTo("\"Time (UTC)\",\"Kind of actor\",\"Actor\",\"Partner\",\"Customer\",\"Action\",\"Detail\"");
		assertThat(lines.get(1)).contains("\"Partner user\",\"carla@partner.example\"")
			.contains("\"Invitation sent\"")
			.endsWith("\"Adatum \"\"Ltd\"\"\"");
		assertThat(lines.get(2)).contains("\"'-mallory@partner.example\"")
			.endsWith("\"'=HYPERLINK(\"\"http://evil.example\"\")\"");
	}

	private UUID entry(Instant at, String actor, UUID partnerId, String action, String detail) {
		UUID id = UUID.randomUUID();
		this.jdbc.update("""
				insert into audit_entry (id, occurred_at, actor_kind, actor_id, actor_name, partner_id, customer_id,
				  action, subject_id, detail)
				values (?, ?, 'PARTNER_USER', null, ?, ?, ?, ?, ?, ?)""", id, Timestamp.from(at), actor, partnerId,
				this.customer, action, UUID.randomUUID(), detail);
		return id;
	}

	private String bad(String... parameters) throws Exception {
		var request = get("/admin/activity").with(user(this.supportAgent)).header("Accept-Language", "en");
		for (int i = 0; i < parameters.length; i += 2) {
			request.param(parameters[i], parameters[i + 1]);
		}
		return this.mvc.perform(request)
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private MvcResult list(String... parameters) throws Exception {
		var request = get("/admin/activity").with(user(this.supportAgent)).header("Accept-Language", "en");
		for (int i = 0; i < parameters.length; i += 2) {
			request.param(parameters[i], parameters[i + 1]);
		}
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn();
	}

	@SuppressWarnings("unchecked")
	private static List<UUID> ids(MvcResult result) {
		return ((Slice<ActivityEntry>) result.getModelAndView().getModel().get("entries")).getContent()
			.stream()
			.map(ActivityEntry::id)
			.toList();
	}

}
