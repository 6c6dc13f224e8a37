package com.partnerportal.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.partnerportal.customer.CustomerAccounts;
import com.partnerportal.customer.SubscriptionView;
import com.partnerportal.customer.Subscriptions;
import com.partnerportal.leads.CompanySize;
import com.partnerportal.leads.DeclineReason;
import com.partnerportal.leads.Leads;
import com.partnerportal.leads.NewLead;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.platform.security.BackOfficeAdmins;
import com.partnerportal.review.Reviews;
import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Contact requests to Contoso in every state (a visitor's waiting for its email, open,
 * accepted, declined, expired), through the leads module, then moved into the past; and
 * reviews: Adatum's published and answered review of Contoso (its delegated admin for 45
 * days), and its review of Litware (its Partner of Record for one subscription) waiting
 * for moderation.
 * <p>
 * Loaded in a phase after {@link DemoData}'s, before the web server starts, in one
 * transaction and under an advisory lock, like it.
 */
@DemoDataLoader.Enabled
class LeadsDemoData extends DemoDataLoader {

	static final String OPEN_COMPANY = "Tailspin Toys";

	private static final String CUSTOMER_ADMIN = "admin@adatum.cloudportal.example";

	private static final String PARTNER_ADMIN = "paula@contoso-partners.example";

	private static final String LITWARE_ADMIN = "lee@litware.example";

	private static final Logger logger = LoggerFactory.getLogger(LeadsDemoData.class);

	private final Leads leads;

	private final Reviews reviews;

	private final Subscriptions subscriptions;

	private final CustomerAccounts customerAccounts;

	private final Partners partners;

	private final BackOfficeAdmins backOffice;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final EntityManager entityManager;

	LeadsDemoData(Leads leads, Reviews reviews, Subscriptions subscriptions, CustomerAccounts customerAccounts,
			Partners partners, BackOfficeAdmins backOffice, PlatformTransactionManager transactionManager,
			JdbcTemplate jdbc, Clock clock, EntityManager entityManager) {
		super("leads", DemoData.STEP + 2, transactionManager, jdbc);
		this.entityManager = entityManager;
		this.leads = leads;
		this.reviews = reviews;
		this.subscriptions = subscriptions;
		this.customerAccounts = customerAccounts;
		this.partners = partners;
		this.backOffice = backOffice;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	protected void load() {
		PortalUser customer = this.customerAccounts.findForSignIn(CUSTOMER_ADMIN).orElse(null);
		PortalUser paula = this.partners.findForSignIn(PARTNER_ADMIN).orElse(null);
		PortalUser lee = this.partners.findForSignIn(LITWARE_ADMIN).orElse(null);
		PortalUser admin = this.backOffice.findForSignIn(DemoData.ADMIN_EMAIL).orElse(null);
		if (customer == null || paula == null || lee == null || admin == null) {
			return;
		}
		UUID contoso = paula.organizationId();
		Instant now = this.clock.instant();

		this.leads.submit(
				contoso, new NewLead("Tomás Rivera", "tomas@tailspin-toys.example", "Tailspin Toys (Europe)",
						CompanySize.SMALL, List.of("MAIL"), "Please call us about mail for our shop staff.", "en"),
				null);

		UUID open = customerLead(contoso, customer, OPEN_COMPANY, CompanySize.MEDIUM, List.of("MAIL", "MEETINGS"),
				"We are 120 people moving from on-premises mail. Can you help in Q1?");
		receivedAgo(open, now, Duration.ofHours(20));

		UUID accepted = customerLead(contoso, customer, "Wide World Importers", CompanySize.LARGE,
				List.of("FILE_SHARING", "SECURITY"), "We need file sharing with external suppliers, securely.");
		this.leads.accept(paula, accepted);
		this.entityManager.flush();
		receivedAgo(accepted, now, Duration.ofHours(30));
		answeredAgo(accepted, now, Duration.ofHours(26));

		UUID declined = customerLead(contoso, customer, "Coho Winery", CompanySize.SMALL, List.of("ARCHIVING"),
				"Archiving for our office in Chile.");
		this.leads.decline(paula, declined, DeclineReason.NOT_OUR_REGION);
		this.entityManager.flush();
		receivedAgo(declined, now, Duration.ofHours(50));
		answeredAgo(declined, now, Duration.ofHours(41));

		UUID expired = customerLead(contoso, customer, "Proseware", CompanySize.ENTERPRISE, List.of("OFFICE_APPS"),
				"Office apps for 2,000 people.");
		receivedAgo(expired, now, Duration.ofDays(4));
		// the leads were moved into the past in the database: forget the copies in memory
		this.entityManager.clear();
		this.leads.expireOverdue();

		// reviews: Contoso has been Adatum's delegated admin for 45 days; Litware becomes
		// the
		// Partner of Record of one of Adatum's subscriptions
		this.jdbc.update(
				"update delegated_admin set approved_at = ? where customer_id = ? and partner_id = ? and state = 'ACTIVE'",
				Timestamp.from(now.minus(Duration.ofDays(45))), customer.organizationId(), contoso);
		this.entityManager.clear();
		if (this.reviews.mayReview(customer.organizationId(), contoso)) {
			UUID review = this.reviews.write(customer, contoso, 5,
					"Contoso moved our mail in a weekend and answers our service requests within the hour.");
			this.reviews.publish(admin, review);
			this.reviews.answer(paula, review, "Thank you! It is a pleasure to work with Adatum's team.");
		}
		List<SubscriptionView> adatumSubscriptions = this.subscriptions.subscriptions(customer.organizationId());
		if (!adatumSubscriptions.isEmpty()) {
			this.subscriptions.designatePartnerOfRecord(customer.organizationId(), adatumSubscriptions.get(0).id(),
					lee.organizationId().toString(), Actor.of(customer));
			this.reviews.write(customer, lee.organizationId(), 4,
					"Litware helped us plan our licenses; the advice was clear and honest.");
		}
		logger.info("Leads demo data loaded: sign in as {} and open Leads", PARTNER_ADMIN);
	}

	private UUID customerLead(UUID partnerId, PortalUser customer, String company, CompanySize size,
			List<String> services, String message) {
		this.leads.submit(partnerId, new NewLead(customer.displayName(), null, company, size, services, message, "en"),
				customer);
		this.entityManager.flush();
		return this.jdbc.queryForObject("select id from lead where partner_id = ? and company_name = ?", UUID.class,
				partnerId, company);
	}

	/** Moves a lead's receipt {@code ago} into the past; its deadline moves with it. */
	private void receivedAgo(UUID id, Instant now, Duration ago) {
		Instant receivedAt = now.minus(ago);
		this.jdbc.update(
				"update lead set created_at = ?, received_at = ?, answer_due_at = cast(? as timestamptz) + (answer_due_at - received_at) where id = ?",
				Timestamp.from(receivedAt), Timestamp.from(receivedAt), Timestamp.from(receivedAt), id);
	}

	private void answeredAgo(UUID id, Instant now, Duration ago) {
		this.jdbc.update("update lead set answered_at = ? where id = ?", Timestamp.from(now.minus(ago)), id);
	}

	@Override
	protected boolean alreadyPresent() {
		Integer count = this.jdbc.queryForObject("select count(*) from lead where company_name = ?", Integer.class,
				OPEN_COMPANY);
		return count != null && count > 0;
	}

}
