package com.partnerportal.pipeline;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.partnerportal.testing.TestData;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows of the tables the pipeline reads, written by hand with the moments a test names:
 * invitations, customers, delegated admins, trials and leads of one partner.
 */
public final class PipelineRows {

	private final JdbcTemplate jdbc;

	private final UUID partnerId;

	public PipelineRows(JdbcTemplate jdbc, UUID partnerId) {
		this.jdbc = jdbc;
		this.partnerId = partnerId;
	}

	public UUID userId(String email) {
		return this.jdbc.queryForObject("select id from partner_user where email = ?", UUID.class, email);
	}

	public UUID customer(String name) {
		UUID id = UUID.randomUUID();
		this.jdbc.update("""
				insert into customer (id, name, domain_prefix, cloud_instance, language, invited_by_partner_id,
				  created_at, version)
				values (?, ?, ?, 'GLOBAL', 'en', ?, now(), 0)""", id, name,
				TestData.unique("pl").toLowerCase().replaceAll("[^a-z0-9]", ""), this.partnerId);
		this.jdbc.update("insert into customer_partner (customer_id, partner_id, since) values (?, ?, now())", id,
				this.partnerId);
		return id;
	}

	/**
	 * An invitation as the portal would have stored it: {@code viewed} and
	 * {@code decided} may be null.
	 */
	public UUID invitation(String kind, UUID sentBy, UUID customerId, String state, Instant sent, Instant viewed,
			Instant decided) {
		UUID id = UUID.randomUUID();
		this.jdbc.update("""
				insert into invitation (id, kind, partner_id, sent_by_user_id, customer_id, company_name, contact_name,
				  email, language, state, token_hash, expires_at, created_at, sent_at, viewed_at, decided_at, version,
				  delegated_admin_requested)
				values (?, ?, ?, ?, ?, ?, 'Casey Contact', ?, 'en', ?, ?, ?, ?, ?, ?, ?, 0, false)""", id, kind,
				this.partnerId, sentBy, customerId, "Company " + id, TestData.uniqueEmail("contact"), state,
				UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", ""),
				ts(sent.plus(Duration.ofDays(30))), ts(sent), ts(sent), ts(viewed), ts(decided));
		changed();
		return id;
	}

	public UUID delegatedAdmin(UUID customerId, Instant approved, Instant endsAt, boolean autoExtend) {
		UUID id = UUID.randomUUID();
		this.jdbc.update("""
				insert into delegated_admin (id, customer_id, partner_id, state, approved_at, approved_by_name, version,
				  ends_at, auto_extend)
				values (?, ?, ?, 'ACTIVE', ?, 'Alex Admin', 0, ?, ?)""", id, customerId, this.partnerId, ts(approved),
				ts(endsAt), autoExtend);
		changed();
		return id;
	}

	public UUID trial(UUID customerId, String offerCode, int licenses, Instant created, Instant endsAt) {
		UUID id = UUID.randomUUID();
		this.jdbc.update("""
				insert into subscription (id, customer_id, offer_code, status, license_count, trial_ends_at,
				  sold_by_partner_id, created_at, version)
				values (?, ?, ?, 'TRIAL', ?, ?, ?, ?, 0)""", id, customerId, offerCode, licenses, ts(endsAt),
				this.partnerId, ts(created));
		return id;
	}

	public UUID openLead(String company, Instant received, Instant answerDue) {
		UUID id = UUID.randomUUID();
		this.jdbc.update("""
				insert into lead (id, partner_id, contact_name, email, company_name, company_size, service_codes,
				  message, language, state, created_at, received_at, answer_due_at, version)
				values (?, ?, 'Lee Lead', ?, ?, 'SMALL', 'MAIL', 'Please call us.', 'en', 'OPEN', ?, ?, ?, 0)""", id,
				this.partnerId, TestData.uniqueEmail("lead"), company, ts(received), ts(received), ts(answerDue));
		return id;
	}

	private static Timestamp ts(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	/**
	 * Raises the partner's pipeline version, as the portal's events do after a change
	 * (rows written here pass no event), so that a funnel counted before is counted
	 * again.
	 */
	public void changed() {
		this.jdbc.update("""
				insert into pipeline_version (partner_id, version) values (?, 1)
				on conflict (partner_id) do update set version = pipeline_version.version + 1""", this.partnerId);
	}

}
