package com.partnerportal.performance;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.partnerportal.testing.PortalIntegrationTest;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 9: the queries that draw a first page of the big lists use an index (V22 and
 * earlier) instead of reading all of a partner's or a customer's rows. The rows are
 * seeded, the tables analyzed and the plans explained in one transaction that is rolled
 * back, so no other test sees the rows. (The overview's counts per state read all of the
 * partner's invitations by nature: one grouped query, which V22's index lets PostgreSQL
 * answer from the index once the table is vacuumed; not asserted here.)
 */
@PortalIntegrationTest
class PageQueryPlansTest {

	static final int INVITATIONS = 3000;

	static final int CUSTOMERS = 2000;

	static final int TENANT_USERS = 2000;

	static final List<String> BIG_TABLES = List.of("invitation", "customer", "customer_partner", "mail_message",
			"audit_entry", "tenant_user");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void firstPagesOfTheBigListsReadAnIndexNotTheWholeTable() {
		this.transactions.executeWithoutResult((status) -> {
			status.setRollbackOnly();
			PageData data = new PageData(this.jdbc);
			data.invitations(INVITATIONS);
			data.customers(CUSTOMERS);
			data.tenantUsers(TENANT_USERS);
			for (String table : BIG_TABLES) {
				this.jdbc.execute("analyze " + table);
			}
			UUID partner = data.demoPartner();
			UUID customer = data.demoCustomer();
			Map<String, String> plans = Map.of("invitations, first page", plan("""
					select * from invitation where partner_id = '%s' order by created_at desc limit 26""", partner),
					"customers, by name", plan("""
							select c.* from customer c, customer_partner cp
							where cp.customer_id = c.id and cp.partner_id = '%s' order by c.name limit 21""", partner),
					"mail log", plan("""
							select id, recipient, subject, state, created_at from mail_message
							order by created_at desc limit 26"""), "customer activity", plan("""
							select * from audit_entry where customer_id = '%s' and actor_kind = 'PARTNER_USER'
							order by occurred_at desc limit 26""", customer), "tenant console users",
					plan("""
							select * from tenant_user where customer_id = '%s' order by created_at, id limit 21""",
							customer),
					// issue 10, finished: a partner's customers on its back-office page
					"back-office partner's customers",
					plan("""
							select c.id, c.name, cp.since from customer_partner cp join customer c on c.id = cp.customer_id
							where cp.partner_id = '%s' order by cp.since desc, cp.customer_id limit 11""",
							partner));
			SoftAssertions.assertSoftly((softly) -> plans.forEach((page, plan) -> {
				System.out.printf("%s:%n%s%n", page, plan);
				for (String table : BIG_TABLES) {
					softly.assertThat(plan).as("%s: plan%n%s", page, plan).doesNotContain("Seq Scan on " + table + " ");
				}
				softly.assertThat(plan).as("%s: plan%n%s", page, plan).containsPattern("Index (Only )?Scan");
			}));
		});
	}

	private String plan(String sql, Object... arguments) {
		return String.join("\n", this.jdbc.queryForList("explain " + sql.formatted(arguments), String.class));
	}

}
