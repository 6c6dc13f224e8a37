package com.partnerportal.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.partnerportal.customer.CustomerAccounts;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.platform.security.BackOfficeAdmins;
import com.partnerportal.support.NewServiceRequest;
import com.partnerportal.support.ServiceRequestCategory;
import com.partnerportal.support.ServiceRequestQueue;
import com.partnerportal.support.ServiceRequestSeverity;
import com.partnerportal.support.ServiceRequestState;
import com.partnerportal.support.ServiceRequestView;
import com.partnerportal.support.ServiceRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Service requests of the demo customer Adatum in the support queue, once, in several SLA
 * states: one overdue (critical, nobody answered), one due soon (high, opened by
 * Contoso's helpdesk agent on Adatum's behalf), one met (answered in time by the support
 * agent), and one on track assigned to the support agent. The requests are opened through
 * the support module; their times are then moved into the past, as if they had been
 * opened hours ago.
 * <p>
 * Loaded after {@link DemoData} (which it builds on), like every {@link DemoDataLoader}.
 */
@DemoDataLoader.Enabled
class SupportDemoData extends DemoDataLoader {

	static final String OVERDUE_TITLE = "Nobody can open their mailbox";

	private static final String CUSTOMER_ADMIN = "admin@adatum.cloudportal.example";

	private static final String HELPDESK_AGENT = "hana@contoso-partners.example";

	private static final Logger logger = LoggerFactory.getLogger(SupportDemoData.class);

	private final ServiceRequests serviceRequests;

	private final ServiceRequestQueue queue;

	private final CustomerAccounts customerAccounts;

	private final Partners partners;

	private final BackOfficeAdmins backOffice;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	SupportDemoData(ServiceRequests serviceRequests, ServiceRequestQueue queue, CustomerAccounts customerAccounts,
			Partners partners, BackOfficeAdmins backOffice, PlatformTransactionManager transactionManager,
			JdbcTemplate jdbc, Clock clock) {
		super("support", DemoData.STEP + 1, transactionManager, jdbc);
		this.serviceRequests = serviceRequests;
		this.queue = queue;
		this.customerAccounts = customerAccounts;
		this.partners = partners;
		this.backOffice = backOffice;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	protected void load() {
		PortalUser customerAdmin = this.customerAccounts.findForSignIn(CUSTOMER_ADMIN).orElse(null);
		PortalUser helpdesk = this.partners.findForSignIn(HELPDESK_AGENT).orElse(null);
		PortalUser agent = this.backOffice.findForSignIn(DemoData.SUPPORT_EMAIL).orElse(null);
		if (customerAdmin == null || helpdesk == null || agent == null) {
			return;
		}
		UUID adatum = customerAdmin.organizationId();
		Instant now = this.clock.instant();

		ServiceRequestView overdue = this.serviceRequests.open(customerAdmin, adatum,
				request(OVERDUE_TITLE, "Since about 8:00 every user gets “mailbox unavailable” in the web client.",
						ServiceRequestCategory.TECHNICAL, ServiceRequestSeverity.CRITICAL));
		openedAgo(overdue.id(), now, Duration.ofHours(3), Duration.ofHours(1));

		ServiceRequestView dueSoon = this.serviceRequests.open(helpdesk, adatum,
				request("Meetings drop after five minutes",
						"Adatum's sales team loses every meeting after about five minutes, on all clients.",
						ServiceRequestCategory.TECHNICAL, ServiceRequestSeverity.HIGH));
		openedAgo(dueSoon.id(), now, Duration.ofMinutes(210), Duration.ofHours(4));

		ServiceRequestView met = this.serviceRequests.open(customerAdmin, adatum,
				request("Invoice shows the wrong license count",
						"The March invoice counts 30 Business Standard licenses; we have 25.",
						ServiceRequestCategory.BILLING, ServiceRequestSeverity.NORMAL));
		this.queue.answer(agent, met.id(), version(met.id()),
				"Thank you: the invoice was corrected to 25 licenses. A credit note follows.",
				ServiceRequestState.RESOLVED);
		openedAgo(met.id(), now, Duration.ofHours(26), Duration.ofHours(24));
		answeredAgo(met.id(), now, Duration.ofHours(23));

		ServiceRequestView onTrack = this.serviceRequests.open(customerAdmin, adatum,
				request("Add a second domain", "We want to add adatum-europe.example to our tenant.",
						ServiceRequestCategory.ACCOUNT, ServiceRequestSeverity.LOW));
		this.queue.assign(agent, onTrack.id(), version(onTrack.id()), agent.accountId());

		logger.info("Support demo data loaded: sign in as {} and open the support queue", DemoData.SUPPORT_EMAIL);
	}

	@Override
	protected boolean alreadyPresent() {
		Integer count = this.jdbc.queryForObject("select count(*) from service_request where title = ?", Integer.class,
				OVERDUE_TITLE);
		return count != null && count > 0;
	}

	/**
	 * Moves a request's opening {@code ago} into the past, its first response due
	 * {@code allowed} after that (the SLA of its severity), due soon in the last quarter.
	 */
	private void openedAgo(UUID id, Instant now, Duration ago, Duration allowed) {
		Instant openedAt = now.minus(ago);
		Instant dueAt = openedAt.plus(allowed);
		this.jdbc.update(
				"update service_request set opened_at = ?, updated_at = ?, first_response_due_at = ?, due_soon_at = ? where id = ?",
				Timestamp.from(openedAt), Timestamp.from(openedAt), Timestamp.from(dueAt),
				Timestamp.from(dueAt.minus(allowed.dividedBy(4))), id);
	}

	private void answeredAgo(UUID id, Instant now, Duration ago) {
		Timestamp answeredAt = Timestamp.from(now.minus(ago));
		this.jdbc.update(
				"update service_request set first_response_at = ?, sla_stopped_at = ?, updated_at = ? where id = ?",
				answeredAt, answeredAt, answeredAt, id);
		this.jdbc.update("update service_request_reply set created_at = ? where request_id = ?", answeredAt, id);
	}

	private long version(UUID id) {
		return this.queue.detail(id).request().version();
	}

	private static NewServiceRequest request(String title, String description, ServiceRequestCategory category,
			ServiceRequestSeverity severity) {
		return new NewServiceRequest(title, description, category, severity);
	}

}
