package com.partnerportal.demo;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import com.partnerportal.partner.Partners;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.platform.SecureTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A year of history for the demo partners' pipelines, so that a newcomer's first look at
 * the funnel shows a living business: trial invitations and purchase offers spread over
 * the past 365 days in every state (sent, opened, accepted, declined, expired, revoked),
 * the customers the accepted ones created (with their admin, trial or subscription),
 * delegated admins approved (some ending within 30 days), trials converted by a later
 * purchase offer; and, for the at-risk panel, offers not opened for a week and a contact
 * request due within the day.
 * <p>
 * Written with JDBC batch inserts, as the portal would have stored the rows (the
 * invitation counters follow through their triggers), from a fixed seed: the same history
 * on every start, relative to the clock. About 620 invitations; it adds about 1.5 s to
 * the first start (most of it one password hash), nothing to later ones.
 */
@DemoDataLoader.Enabled
class PipelineDemoData extends DemoDataLoader {

	static final String MARKER_COMPANY = "Pipeline Demo: Alpine Ski House";

	private static final Logger logger = LoggerFactory.getLogger(PipelineDemoData.class);

	private static final String[] FIRST = { "Alpine", "Blue Yonder", "Bellows", "Coho", "Datum", "Fourth", "Graphic",
			"Humongous", "Lamna", "Lucerne", "Margie's", "Nod", "Northwind", "Proseware", "Relecloud", "Southridge",
			"Tailspin", "Trey", "VanArsdel", "Wingtip", "Woodgrove", "Wide World", "Adventure", "Consolidated",
			"Fabrikam Retail" };

	private static final String[] SECOND = { "Ski House", "Airlines", "College", "Winery", "Foods", "Coffee",
			"Design Institute", "Insurance", "Healthcare", "Publishing", "Travel", "Publishers", "Bakery", "Traders",
			"Studios", "Video", "Toys", "Research", "Books", "Holdings", "Logistics", "Clinic", "Works", "Labs" };

	private final Partners partners;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	PipelineDemoData(Partners partners, PlatformTransactionManager transactionManager, JdbcTemplate jdbc, Clock clock) {
		super("pipeline", DemoData.STEP + 3, transactionManager, jdbc);
		this.partners = partners;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	protected boolean alreadyPresent() {
		Integer count = this.jdbc.queryForObject("select count(*) from invitation where company_name = ?",
				Integer.class, MARKER_COMPANY);
		return count != null && count > 0;
	}

	@Override
	protected void load() {
		PortalUser paula = this.partners.findForSignIn("paula@contoso-partners.example").orElse(null);
		PortalUser sam = this.partners.findForSignIn("sam@contoso-partners.example").orElse(null);
		PortalUser minjun = this.partners.findForSignIn("minjun@fabrikam-mail.example").orElse(null);
		PortalUser lee = this.partners.findForSignIn("lee@litware.example").orElse(null);
		if (paula == null || sam == null || minjun == null || lee == null) {
			// the demo partners are not there (a database of real data): nothing to add
			return;
		}
		long start = System.nanoTime();
		History history = new History(this.clock.instant(), new Random(2026),
				PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(UUID.randomUUID().toString()));
		history.partner(paula.organizationId(), "c", List.of(paula.accountId(), sam.accountId(), sam.accountId()), 360,
				List.of("BUSINESS_STANDARD", "MAIL_PLAN_1", "BUSINESS_PREMIUM"), true);
		history.partner(minjun.organizationId(), "f", List.of(minjun.accountId()), 90, List.of("MAIL_PLAN_1"), false);
		history.partner(lee.organizationId(), "l", List.of(lee.accountId()), 110,
				List.of("BUSINESS_ESSENTIALS", "APPS_FOR_BUSINESS"), true);
		history.write(this.jdbc);
		history.leadDueSoon(this.jdbc, paula.organizationId());
		logger.info("Pipeline demo data loaded in {} ms: {} invitations over 365 days; sign in as {} and open Pipeline",
				(System.nanoTime() - start) / 1_000_000, history.invitations.size(), paula.getUsername());
	}

	/**
	 * The rows of the year, collected, then written in batches.
	 */
	private static final class History {

		private static final Map<String, BigDecimal> MONTHLY_PRICE = Map.of("BUSINESS_STANDARD",
				new BigDecimal("12.50"), "MAIL_PLAN_1", new BigDecimal("4.00"), "BUSINESS_PREMIUM",
				new BigDecimal("22.00"), "BUSINESS_ESSENTIALS", new BigDecimal("6.00"), "APPS_FOR_BUSINESS",
				new BigDecimal("8.25"));

		final Instant now;

		final Random random;

		final String passwordHash;

		final List<Object[]> invitations = new ArrayList<>();

		final List<Object[]> lines = new ArrayList<>();

		final List<Object[]> customers = new ArrayList<>();

		final List<Object[]> links = new ArrayList<>();

		final List<Object[]> accounts = new ArrayList<>();

		final List<Object[]> subscriptions = new ArrayList<>();

		final List<Object[]> delegatedAdmins = new ArrayList<>();

		private int sequence;

		History(Instant now, Random random, String passwordHash) {
			this.now = now;
			this.random = random;
			this.passwordHash = passwordHash;
		}

		void partner(UUID partnerId, String prefix, List<UUID> agents, int count, List<String> offers,
				boolean delegatedAdmin) {
			int endingSoon = 0;
			for (int i = 0; i < count; i++) {
				UUID agent = agents.get(this.random.nextInt(agents.size()));
				String offer = offers.get(this.random.nextInt(offers.size()));
				boolean trial = this.random.nextInt(100) < 72;
				// more invitations lately: a growing business
				int year = 365 * 24 * 60;
				int minutesAgo = this.random.nextBoolean() ? this.random.nextInt(year)
						: Math.min(this.random.nextInt(year), this.random.nextInt(year));
				Instant sent = this.now.minus(Duration.ofMinutes(minutesAgo + 30L));
				String company = FIRST[this.random.nextInt(FIRST.length)] + " "
						+ SECOND[this.random.nextInt(SECOND.length)];
				boolean tooRecent = sent.isAfter(this.now.minus(Duration.ofHours(6)));
				boolean opened = !tooRecent && this.random.nextInt(100) < (trial ? 74 : 66);
				Instant viewed = opened ? sent.plus(hours(1, 72)) : null;
				int outcome = this.random.nextInt(100);
				String state;
				Instant decided = null;
				if (viewed != null && viewed.isBefore(this.now) && outcome < (trial ? 62 : 55)) {
					state = "ACCEPTED";
					decided = min(viewed.plus(hours(0, 96)), this.now.minus(Duration.ofMinutes(5)));
				}
				else if (viewed != null && viewed.isBefore(this.now) && outcome < 78) {
					state = "DECLINED";
					decided = min(viewed.plus(hours(1, 48)), this.now.minus(Duration.ofMinutes(5)));
				}
				else if (outcome > 96) {
					state = "REVOKED";
					decided = sent.plus(hours(2, 100));
				}
				else if (sent.isBefore(this.now.minus(Duration.ofDays(30)))) {
					state = "EXPIRED";
				}
				else {
					state = (viewed != null && viewed.isBefore(this.now)) ? "VIEWED" : "SENT";
				}
				if (viewed != null && (viewed.isAfter(this.now) || (decided != null && viewed.isAfter(decided)))) {
					viewed = null;
				}
				UUID customer = null;
				if ("ACCEPTED".equals(state)) {
					customer = customer(partnerId, prefix, company, decided);
					if (trial) {
						acceptedTrial(partnerId, agent, customer, company, offer, decided);
					}
					else {
						subscription(customer, offer, "ACTIVE", 20 + this.random.nextInt(80), null, partnerId, decided);
					}
					if (delegatedAdmin && this.random.nextInt(100) < 55) {
						Instant approved = min(decided.plus(hours(0, 60)), this.now.minus(Duration.ofMinutes(1)));
						Instant endsAt = null;
						int term = this.random.nextInt(100);
						if (endingSoon < 6 && approved.isBefore(this.now.minus(Duration.ofDays(60)))) {
							endsAt = this.now.plus(Duration.ofDays(3 + 4L * endingSoon));
							endingSoon++;
						}
						else if (term < 50) {
							endsAt = approved.plus(Duration.ofDays(730));
						}
						this.delegatedAdmins.add(new Object[] { UUID.randomUUID(), customer, partnerId, ts(approved),
								(endsAt != null) ? ts(endsAt) : null });
					}
				}
				invitation(trial ? "TRIAL" : "PURCHASE", partnerId, agent, customer, company, state, sent, viewed,
						decided, offer);
			}
		}

		/**
		 * An accepted trial: converted by a later purchase offer (four in ten, once it
		 * had time), still running, or expired.
		 */
		private void acceptedTrial(UUID partnerId, UUID agent, UUID customer, String company, String offer,
				Instant accepted) {
			Instant ends = accepted.plus(Duration.ofDays(30));
			Instant offerSent = accepted.plus(Duration.ofDays(3 + this.random.nextInt(20)));
			Instant purchase = offerSent.plus(hours(2, 120));
			boolean converts = this.random.nextInt(100) < 42 && purchase.isBefore(this.now);
			if (converts) {
				subscription(customer, offer, "ACTIVE", 25, ends, partnerId, accepted);
				invitation("PURCHASE", partnerId, agent, customer, company, "ACCEPTED", offerSent,
						offerSent.plus(hours(1, 24)).isBefore(purchase) ? offerSent.plus(hours(1, 24)) : null, purchase,
						offer);
			}
			else {
				subscription(customer, offer, ends.isBefore(this.now) ? "EXPIRED" : "TRIAL", 25, ends, partnerId,
						accepted);
			}
		}

		private UUID customer(UUID partnerId, String prefix, String company, Instant created) {
			UUID id = UUID.randomUUID();
			int n = ++this.sequence;
			String domain = "pipeline-" + prefix + n;
			this.customers.add(new Object[] { id, company + " (" + n + ")", domain, partnerId, ts(created) });
			this.links.add(new Object[] { id, partnerId, ts(created) });
			this.accounts.add(new Object[] { UUID.randomUUID(), id, "admin@" + domain + ".cloudportal.example",
					"Admin of " + company, "admin@" + domain + ".example", this.passwordHash, ts(created) });
			return id;
		}

		private void subscription(UUID customer, String offer, String status, int licenses, Instant trialEnds,
				UUID partnerId, Instant created) {
			boolean paid = "ACTIVE".equals(status);
			this.subscriptions.add(new Object[] { UUID.randomUUID(), customer, offer, status, licenses,
					paid ? "MONTHLY" : null, (trialEnds != null) ? ts(trialEnds) : null, partnerId, ts(created),
					paid ? MONTHLY_PRICE.get(offer) : null, paid ? "USD" : null, paid ? ts(created) : null });
		}

		private void invitation(String kind, UUID partnerId, UUID agent, UUID customer, String company, String state,
				Instant sent, Instant viewed, Instant decided, String offer) {
			UUID id = UUID.randomUUID();
			if (this.invitations.isEmpty()) {
				// the first one marks the history as loaded
				company = MARKER_COMPANY;
			}
			this.invitations.add(new Object[] { id, kind, partnerId, agent, customer, company, "Contact at " + company,
					"contact-" + (this.invitations.size() + 1) + "@pipeline-demo.example", state,
					SecureTokens.issue().hash(), ts(sent.plus(Duration.ofDays(30))), ts(sent), ts(sent),
					(viewed != null) ? ts(viewed) : null, (decided != null) ? ts(decided) : null });
			boolean purchase = "PURCHASE".equals(kind);
			this.lines.add(new Object[] { id, offer, purchase ? 10 + this.random.nextInt(90) : null,
					purchase ? "MONTHLY" : null, purchase ? MONTHLY_PRICE.get(offer) : null, purchase ? "USD" : null });
		}

		void write(JdbcTemplate jdbc) {
			batch(jdbc, """
					insert into customer (id, name, domain_prefix, cloud_instance, language, invited_by_partner_id,
					  created_at, version)
					values (?, ?, ?, 'GLOBAL', 'en', ?, ?, 0)""", this.customers);
			batch(jdbc, "insert into customer_partner (customer_id, partner_id, since) values (?, ?, ?)", this.links);
			batch(jdbc, """
					insert into customer_account (id, customer_id, sign_in_name, display_name, contact_email,
					  password_hash, language, created_at, version)
					values (?, ?, ?, ?, ?, ?, 'en', ?, 0)""", this.accounts);
			batch(jdbc, """
					insert into subscription (id, customer_id, offer_code, status, license_count, billing_term,
					  trial_ends_at, sold_by_partner_id, created_at, unit_price, currency, activated_at, version)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", this.subscriptions);
			batch(jdbc,
					"""
							insert into invitation (id, kind, partner_id, sent_by_user_id, customer_id, company_name, contact_name,
							  email, language, state, token_hash, expires_at, created_at, sent_at, viewed_at, decided_at,
							  version, delegated_admin_requested)
							values (?, ?, ?, ?, ?, ?, ?, ?, 'en', ?, ?, ?, ?, ?, ?, ?, 0, false)""",
					this.invitations);
			batch(jdbc, """
					insert into invitation_line (invitation_id, line_no, offer_code, quantity, billing_term, unit_price,
					  currency)
					values (?, 0, ?, ?, ?, ?, ?)""", this.lines);
			batch(jdbc, """
					insert into delegated_admin (id, customer_id, partner_id, state, approved_at, approved_by_name,
					  version, ends_at)
					values (?, ?, ?, 'ACTIVE', ?, 'Customer admin', 0, ?)""", this.delegatedAdmins);
		}

		/**
		 * A contact request whose answer is due within the day (the at-risk panel's
		 * leads).
		 */
		void leadDueSoon(JdbcTemplate jdbc, UUID partnerId) {
			Instant received = this.now.minus(Duration.ofHours(62));
			jdbc.update("""
					insert into lead (id, partner_id, contact_name, email, company_name, company_size, service_codes,
					  message, language, state, created_at, received_at, answer_due_at, version)
					values (?, ?, 'Kim Akers', 'kim@fourth-coffee.example', 'Fourth Coffee', 'MEDIUM', 'MAIL,MEETINGS',
					  'We open 12 new shops next month and need mail and meetings for 80 people.', 'en', 'OPEN',
					  ?, ?, ?, 0)""", UUID.randomUUID(), partnerId, ts(received), ts(received),
					ts(this.now.plus(Duration.ofHours(10))));
		}

		private Duration hours(int from, int to) {
			return Duration.ofMinutes(from * 60L + this.random.nextInt((to - from) * 60 + 1));
		}

		private static Instant min(Instant a, Instant b) {
			return a.isBefore(b) ? a : b;
		}

		private static Timestamp ts(Instant instant) {
			return Timestamp.from(instant);
		}

		private static void batch(JdbcTemplate jdbc, String sql, List<Object[]> rows) {
			jdbc.batchUpdate(sql, rows);
		}

	}

}
