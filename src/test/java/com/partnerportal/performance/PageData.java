package com.partnerportal.performance;

import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.partnerportal.platform.SecureTokens;
import com.partnerportal.platform.SecureTokens.IssuedToken;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * Adds rows for the pages of the demo partner (Contoso) and its demo customer (Adatum)
 * with JDBC batch inserts, fast, as the portal itself would have stored them: trial
 * invitations with their line, their mail in the mail log and their activity entry;
 * customers of the partner with their first admin, the partner link and a trial; users of
 * the Adatum tenant with their activity entry. It is no demo data: the statement-count
 * test and the benchmark call it.
 */
public class PageData {

	/** The demo partner, as the demo data names it. */
	public static final String DEMO_PARTNER = "Contoso Cloud Partners";

	/** The demo customer's domain prefix. */
	public static final String DEMO_CUSTOMER_PREFIX = "adatum";

	private static final String OFFER = "MAIL_PLAN_1";

	private static final int BATCH = 1000;

	private final JdbcTemplate jdbc;

	private final String passwordHash = PasswordEncoderFactories.createDelegatingPasswordEncoder()
		.encode("seeded-account-" + UUID.randomUUID());

	public PageData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public UUID demoPartner() {
		return this.jdbc.queryForObject("select id from partner where name = ?", UUID.class, DEMO_PARTNER);
	}

	public UUID demoCustomer() {
		return this.jdbc.queryForObject("select id from customer where domain_prefix = ?", UUID.class,
				DEMO_CUSTOMER_PREFIX);
	}

	/**
	 * Adds {@code count} trial invitations of the demo partner to new customers, sent by
	 * its first user over the past hours: most still open, the others viewed, declined,
	 * expired or revoked; each with its mail in the mail log and its activity entry; the
	 * partner's pipeline version raised.
	 * @return the links' tokens of the invitations still open (sent, not yet viewed)
	 */
	public List<String> invitations(int count) {
		UUID partner = demoPartner();
		Sender sender = this.jdbc.queryForObject(
				"select id, display_name from partner_user where partner_id = ? order by created_at, email limit 1",
				(rs, row) -> new Sender(rs.getObject(1, UUID.class), rs.getString(2)), partner);
		String run = run();
		Instant now = Instant.now();
		List<Object[]> invitations = new ArrayList<>(count);
		List<Object[]> lines = new ArrayList<>(count);
		List<Object[]> mails = new ArrayList<>(count);
		List<Object[]> activity = new ArrayList<>(count);
		List<String> openTokens = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			UUID id = UUID.randomUUID();
			IssuedToken token = SecureTokens.issue();
			Instant sent = now.minus(Duration.ofSeconds(10L * (count - i)));
			String state = switch (i % 20) {
				case 0, 1, 2 -> "VIEWED";
				case 3, 4 -> "DECLINED";
				case 5, 6 -> "EXPIRED";
				case 7 -> "REVOKED";
				default -> "SENT";
			};
			Instant expires = state.equals("EXPIRED") ? sent.minus(Duration.ofDays(1)) : sent.plus(Duration.ofDays(30));
			boolean decided = state.equals("DECLINED") || state.equals("REVOKED");
			String company = "Seeded Company " + run + " " + i;
			String email = "contact-" + run + "-" + i + "@seeded.example";
			invitations
				.add(new Object[] { id, partner, sender.id(), company, "Casey Contact " + i, email, state, token.hash(),
						at(expires), at(sent), at(sent), state.equals("VIEWED") ? at(sent.plusSeconds(5)) : null,
						decided ? at(sent.plusSeconds(9)) : null });
			lines.add(new Object[] { id, OFFER });
			mails.add(new Object[] { UUID.randomUUID(), email, "Trial invitation from " + DEMO_PARTNER,
					"<p>" + DEMO_PARTNER + " invites " + company + " to a trial.</p>",
					DEMO_PARTNER + " invites " + company + " to a trial.", at(sent) });
			activity.add(new Object[] { UUID.randomUUID(), at(sent), sender.id(), sender.name(), partner, id, email });
			if (state.equals("SENT")) {
				openTokens.add(token.token());
			}
		}
		batch("""
				insert into invitation (id, kind, partner_id, sent_by_user_id, customer_id, company_name, contact_name,
				  email, language, personal_message, state, token_hash, expires_at, created_at, sent_at, viewed_at,
				  decided_at, version, delegated_admin_requested)
				values (?, 'TRIAL', ?, ?, null, ?, ?, ?, 'en', null, ?, ?, ?, ?, ?, ?, ?, 0, false)""", invitations);
		batch("insert into invitation_line (invitation_id, line_no, offer_code) values (?, 0, ?)", lines);
		batch("""
				insert into mail_message (id, recipient, language, template, subject, html_body, text_body, state,
				  attempts, created_at, version)
				values (?, ?, 'en', 'trial-invitation', ?, ?, ?, 'LOGGED', 0, ?, 0)""", mails);
		batch("""
				insert into audit_entry (id, occurred_at, actor_kind, actor_id, actor_name, partner_id, customer_id,
				  action, subject_id, detail)
				values (?, ?, 'PARTNER_USER', ?, ?, ?, null, 'TRIAL_INVITATION_SENT', ?, ?)""", activity);
		// and the partner's pipeline moves on, as after each invitation sent
		this.jdbc.update("""
				insert into pipeline_version (partner_id, version) values (?, 1)
				on conflict (partner_id) do update set version = pipeline_version.version + 1""", partner);
		return openTokens;
	}

	/**
	 * Adds {@code count} customer tenants of the demo partner, each with its first admin,
	 * the link to the partner and a trial of Mail Plan 1 that the partner sold.
	 */
	public void customers(int count) {
		UUID partner = demoPartner();
		String run = run();
		Instant now = Instant.now();
		List<Object[]> customers = new ArrayList<>(count);
		List<Object[]> links = new ArrayList<>(count);
		List<Object[]> accounts = new ArrayList<>(count);
		List<Object[]> subscriptions = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			UUID id = UUID.randomUUID();
			Instant created = now.minus(Duration.ofMinutes(count - i));
			String prefix = "seed" + run + "c" + i;
			customers.add(new Object[] { id, "Seeded Customer " + run + " " + i, prefix, partner, at(created) });
			links.add(new Object[] { id, partner, at(created) });
			accounts.add(new Object[] { UUID.randomUUID(), id, "admin@" + prefix + ".cloudportal.example", "Admin " + i,
					"admin-" + prefix + "@seeded.example", this.passwordHash, at(created) });
			subscriptions.add(new Object[] { UUID.randomUUID(), id, OFFER, at(created.plus(Duration.ofDays(30))),
					partner, at(created) });
		}
		batch("""
				insert into customer (id, name, domain_prefix, cloud_instance, language, invited_by_partner_id,
				  created_at, version)
				values (?, ?, ?, 'GLOBAL', 'en', ?, ?, 0)""", customers);
		batch("insert into customer_partner (customer_id, partner_id, since) values (?, ?, ?)", links);
		batch("""
				insert into customer_account (id, customer_id, sign_in_name, display_name, contact_email,
				  password_hash, language, created_at, version)
				values (?, ?, ?, ?, ?, ?, 'en', ?, 0)""", accounts);
		batch("""
				insert into subscription (id, customer_id, offer_code, status, license_count, trial_ends_at,
				  sold_by_partner_id, created_at, version)
				values (?, ?, ?, 'TRIAL', 50, ?, ?, ?, 0)""", subscriptions);
	}

	/**
	 * Adds {@code count} users to the demo customer's tenant, each added by the demo
	 * partner's admin agent on the customer's behalf (an activity entry each).
	 */
	public void tenantUsers(int count) {
		UUID customer = demoCustomer();
		UUID partner = demoPartner();
		Sender agent = this.jdbc.queryForObject("""
				select u.id, u.display_name from partner_user u join partner_user_role r on r.partner_user_id = u.id
				where u.partner_id = ? and r.role = 'ADMIN_AGENT' order by u.created_at limit 1""",
				(rs, row) -> new Sender(rs.getObject(1, UUID.class), rs.getString(2)), partner);
		String domain = this.jdbc.queryForObject("select domain_prefix from customer where id = ?", String.class,
				customer) + ".cloudportal.example";
		String run = run();
		Instant now = Instant.now();
		List<Object[]> users = new ArrayList<>(count);
		List<Object[]> activity = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			UUID id = UUID.randomUUID();
			Instant created = now.minus(Duration.ofSeconds(30L * (count - i)));
			String userName = "user." + run + "." + i;
			users.add(new Object[] { id, customer, "Seeded User " + run + " " + i, userName, at(created) });
			activity.add(new Object[] { UUID.randomUUID(), at(created), agent.id(), agent.name(), partner, customer, id,
					userName + "@" + domain });
		}
		batch("""
				insert into tenant_user (id, customer_id, display_name, user_name, created_at, version)
				values (?, ?, ?, ?, ?, 0)""", users);
		batch("""
				insert into audit_entry (id, occurred_at, actor_kind, actor_id, actor_name, partner_id, customer_id,
				  action, subject_id, detail)
				values (?, ?, 'PARTNER_USER', ?, ?, ?, ?, 'TENANT_USER_ADDED', ?, ?)""", activity);
	}

	/**
	 * Adds {@code count} users to the demo partner's team, deactivated (so that no mail
	 * of another test reaches them), each a sales agent.
	 */
	public void teamMembers(int count) {
		UUID partner = demoPartner();
		String run = run();
		Instant now = Instant.now();
		List<Object[]> users = new ArrayList<>(count);
		List<Object[]> roles = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			UUID id = UUID.randomUUID();
			users.add(new Object[] { id, partner, "seeded." + run + "." + i + "@contoso-partners.example",
					"Seeded Member " + run + " " + i, at(now.minus(Duration.ofSeconds(30L * (count - i)))) });
			roles.add(new Object[] { id });
		}
		batch("""
				insert into partner_user (id, partner_id, email, display_name, password_hash, language, enabled,
				  created_at, version)
				values (?, ?, ?, ?, '{noop}unusable', 'en', false, ?, 0)""", users);
		batch("insert into partner_user_role (partner_user_id, role) values (?, 'SALES_AGENT')", roles);
	}

	private void batch(String sql, List<Object[]> rows) {
		ParameterizedPreparedStatementSetter<Object[]> setter = (PreparedStatement statement, Object[] row) -> {
			for (int i = 0; i < row.length; i++) {
				statement.setObject(i + 1, row[i]);
			}
		};
		this.jdbc.batchUpdate(sql, rows, BATCH, setter);
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/**
	 * Tells one call's rows from another's (names, domain prefixes and user names are
	 * unique).
	 */
	private static String run() {
		return Integer.toString(ThreadLocalRandom.current().nextInt(0x10000, 0xFFFFF), 36);
	}

	private record Sender(UUID id, String name) {

	}

}
