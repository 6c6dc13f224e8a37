package com.partnerportal.performance;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * More service requests of the demo customer for the statement counts of the support
 * queue and a request's back-office page, written with JDBC batch inserts as the portal
 * would have stored them: half of them answered, each with a reply from the support team,
 * and the demo's overdue request with more replies in its conversation.
 */
class SupportPageData {

	private final JdbcTemplate jdbc;

	SupportPageData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The demo's overdue request (support demo data), whose page is counted. */
	UUID demoRequest() {
		return this.jdbc.queryForObject("select id from service_request where title = ? order by number limit 1",
				UUID.class, "Nobody can open their mailbox");
	}

	void serviceRequests(UUID customerId, int count) {
		Instant now = Instant.now();
		List<Object[]> requests = new ArrayList<>();
		List<Object[]> replies = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			UUID id = UUID.randomUUID();
			Timestamp opened = Timestamp.from(now.minus(Duration.ofMinutes(i)));
			Timestamp due = Timestamp.from(now.plus(Duration.ofHours(4)).minus(Duration.ofMinutes(i)));
			Timestamp answered = (i % 2 == 0) ? opened : null;
			long number = this.jdbc.queryForObject("select nextval('service_request_number')", Long.class);
			requests.add(new Object[] { id, customerId, number, "Statement count request " + i, opened, opened, due,
					due, answered, answered });
			if (answered != null) {
				replies.add(new Object[] { UUID.randomUUID(), id, answered });
			}
		}
		this.jdbc.batchUpdate("""
				insert into service_request (id, customer_id, number, title, description, category, severity, state,
				    opened_by_kind, opened_by_name, opened_at, updated_at, version, cloud_instance,
				    first_response_due_at, due_soon_at, first_response_at, sla_stopped_at)
				values (?, ?, ?, ?, 'Generated', 'TECHNICAL', 'HIGH', 'OPEN', 'CUSTOMER_ADMIN', 'Alex Adatum', ?, ?, 0,
				    'GLOBAL', ?, ?, ?, ?)""", requests);
		this.jdbc.batchUpdate("""
				insert into service_request_reply (id, request_id, author_kind, author_name, body, created_at)
				values (?, ?, 'BACK_OFFICE_ADMIN', 'Sora Support', 'Generated answer', ?)""", replies);
		UUID demo = demoRequest();
		List<Object[]> conversation = new ArrayList<>();
		for (int i = 0; i < count / 10; i++) {
			conversation
				.add(new Object[] { UUID.randomUUID(), demo, Timestamp.from(now.minus(Duration.ofSeconds(i))) });
		}
		this.jdbc.batchUpdate("""
				insert into service_request_reply (id, request_id, author_kind, author_name, body, created_at)
				values (?, ?, 'CUSTOMER_ADMIN', 'Alex Adatum', 'Any news?', ?)""", conversation);
	}

}
