package com.partnerportal.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import com.partnerportal.customer.CreatedTenant;
import com.partnerportal.customer.NewTenant;
import com.partnerportal.customer.Tenants;
import com.partnerportal.delegation.DelegatedAdmins;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.CloudInstance;
import com.partnerportal.platform.PortalUser;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Delegated-admin relationships with roles and end dates (issue 12), so that the back
 * office's list of relationships ending within 30 days, the reminders and the end date
 * can be tried: Contoso administers Tailwind Traders (three roles, 90 days, the 7-day
 * reminder due) and Alpine Ski House (three roles, extends itself, ends in 20 days);
 * Litware administers Fourth Coffee (service requests and read-only, ends tomorrow),
 * Margie's Travel (a year, ends in 265 days) and Wingtip Toys (every role, no end date:
 * approved before roles existed, as Adatum's of Contoso). Each customer approves through
 * the delegation module; the roles, the end date and the approval's date are then set as
 * an approval of a request with a duration would have set them.
 * <p>
 * Loaded in a phase after {@link DemoData}'s, before the web server starts, in one
 * transaction and under an advisory lock, like it.
 */
@DemoDataLoader.Enabled
class DelegatedAdminDemoData extends DemoDataLoader {

	static final String ENDING_SOON = "Tailwind Traders";

	private static final String PASSWORD = "demo-password";

	private final Tenants tenants;

	private final DelegatedAdmins delegatedAdmins;

	private final Partners partners;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	DelegatedAdminDemoData(Tenants tenants, DelegatedAdmins delegatedAdmins, Partners partners,
			PlatformTransactionManager transactionManager, JdbcTemplate jdbc, Clock clock) {
		super("delegated-admin", DemoData.STEP + 1, transactionManager, jdbc);
		this.tenants = tenants;
		this.delegatedAdmins = delegatedAdmins;
		this.partners = partners;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	protected boolean alreadyPresent() {
		Integer count = this.jdbc.queryForObject("select count(*) from customer where name = ?", Integer.class,
				ENDING_SOON);
		return count != null && count > 0;
	}

	@Override
	protected void load() {
		PortalUser paula = this.partners.findForSignIn("paula@contoso-partners.example").orElse(null);
		PortalUser lee = this.partners.findForSignIn("lee@litware.example").orElse(null);
		if (paula == null || lee == null) {
			return;
		}
		UUID contoso = paula.organizationId();
		UUID litware = lee.organizationId();
		Instant now = this.clock.instant();

		relationship(
				new NewTenant(ENDING_SOON, "tailwind-traders", "Takumi Tailwind", PASSWORD,
						"takumi@tailwind-traders.example", "ja", CloudInstance.GLOBAL, contoso),
				now, 83, 90, false, "USERS_AND_LICENSES,GROUPS,SERVICE_REQUESTS");
		relationship(
				new NewTenant("Alpine Ski House", "alpine-ski-house", "Ji-woo Alpine", PASSWORD,
						"jiwoo@alpine-ski-house.example", "ko", CloudInstance.GLOBAL, contoso),
				now, 160, 180, true, "MAILBOXES,DATA_MIGRATIONS,READ_ONLY");
		relationship(new NewTenant("Fourth Coffee", "fourth-coffee", "Frank Fourth", PASSWORD,
				"frank@fourth-coffee.example", "en", CloudInstance.GLOBAL, litware), now, 29, 30, false,
				"SERVICE_REQUESTS,READ_ONLY");
		relationship(
				new NewTenant("Margie's Travel", "margies-travel", "Margie Travel", PASSWORD,
						"margie@margies-travel.example", "en", CloudInstance.GLOBAL, litware),
				now, 100, 365, false, "USERS_AND_LICENSES,MAILBOXES");
		relationship(new NewTenant("Wingtip Toys", "wingtip-toys", "Wendy Wingtip", PASSWORD,
				"wendy@wingtip-toys.example", "en", CloudInstance.GLOBAL, litware), now, 400, 0, false, null);
		// Wingtip's and Adatum's relationships are from before end dates, as V38 marked
		// those
		// that existed then: their customers are told once that they can narrow them
		this.jdbc.update("""
				insert into delegated_admin_narrowing_notice (delegated_admin_id)
				select d.id from delegated_admin d join customer c on c.id = d.customer_id
				where d.state = 'ACTIVE' and d.ends_at is null and c.name in ('Adatum Corporation', 'Wingtip Toys')
				on conflict do nothing""");
	}

	/**
	 * A tenant whose admin approved the partner {@code daysAgo} days ago for {@code days}
	 * days with these roles ({@code days} 0: every role and no end date).
	 */
	private void relationship(NewTenant tenant, Instant now, int daysAgo, int days, boolean autoExtend, String roles) {
		CreatedTenant created = this.tenants.createTenant(tenant, Actor.system());
		UUID relationshipId = this.delegatedAdmins
			.approve(created.customerId(), tenant.organizationName(), tenant.partnerId(), null,
					Actor.of(created.admin()))
			.id();
		Instant approvedAt = now.minus(Duration.ofDays(daysAgo));
		if (days == 0) {
			this.jdbc.update("update delegated_admin set approved_at = ? where id = ?",
					approvedAt.atOffset(ZoneOffset.UTC), relationshipId);
			return;
		}
		this.jdbc.update(
				"update delegated_admin set approved_at = ?, roles = ?, ends_at = ?, auto_extend = ? where id = ?",
				approvedAt.atOffset(ZoneOffset.UTC), roles,
				approvedAt.plus(Duration.ofDays(days)).atOffset(ZoneOffset.UTC), autoExtend, relationshipId);
	}

}
