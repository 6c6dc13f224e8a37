package com.partnerportal.marketplace;

import java.time.Duration;
import java.util.UUID;

import com.partnerportal.customer.SubscriptionPurchased;
import com.partnerportal.customer.TenantCreated;
import com.partnerportal.customer.TrialConverted;
import com.partnerportal.customer.TrialStarted;
import com.partnerportal.delegation.DelegatedAdminApproved;
import com.partnerportal.delegation.DelegatedAdminEndedByOperator;
import com.partnerportal.delegation.DelegatedAdminExpired;
import com.partnerportal.delegation.DelegatedAdminRemoved;
import com.partnerportal.delegation.DelegatedAdminReplaced;
import com.partnerportal.leads.LeadAnswered;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The badges of every partner, kept from the other modules' events (after their commit,
 * retried by the event publication registry): each fact is one row (so an event delivered
 * twice counts once), and after each the partner's figures are computed again in one
 * statement over its own rows. The search reads the figures with the listings.
 */
@Component
class PartnerBadges {

	private final JdbcTemplate jdbc;

	PartnerBadges(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(TenantCreated event) {
		customer(event.partnerId(), event.customerId());
	}

	@ApplicationModuleListener
	void on(TrialStarted event) {
		lock(event.partnerId());
		customer(event.partnerId(), event.customerId());
		this.jdbc.update("""
				insert into marketplace_trial (subscription_id, partner_id, converted) values (?, ?, false)
				on conflict (subscription_id) do nothing""", event.subscriptionId(), event.partnerId());
		recompute(event.partnerId());
	}

	@ApplicationModuleListener
	void on(TrialConverted event) {
		lock(event.partnerId());
		customer(event.partnerId(), event.customerId());
		this.jdbc.update("""
				insert into marketplace_trial (subscription_id, partner_id, converted) values (?, ?, true)
				on conflict (subscription_id) do update set converted = true""", event.subscriptionId(),
				event.partnerId());
		recompute(event.partnerId());
	}

	@ApplicationModuleListener
	void on(SubscriptionPurchased event) {
		customer(event.partnerId(), event.customerId());
	}

	@ApplicationModuleListener
	void on(DelegatedAdminApproved event) {
		lock(event.partnerId());
		this.jdbc.update("""
				insert into marketplace_delegated_admin (relationship_id, partner_id, active) values (?, ?, true)
				on conflict (relationship_id) do nothing""", event.relationshipId(), event.partnerId());
		customer(event.partnerId(), event.customerId());
	}

	@ApplicationModuleListener
	void on(DelegatedAdminRemoved event) {
		ended(event.relationshipId(), event.partnerId());
	}

	@ApplicationModuleListener
	void on(DelegatedAdminReplaced event) {
		ended(event.relationshipId(), event.partnerId());
	}

	@ApplicationModuleListener
	void on(DelegatedAdminEndedByOperator event) {
		ended(event.relationshipId(), event.partnerId());
	}

	@ApplicationModuleListener
	void on(DelegatedAdminExpired event) {
		ended(event.relationshipId(), event.partnerId());
	}

	@ApplicationModuleListener
	void on(LeadAnswered event) {
		lock(event.partnerId());
		long minutes = Math.max(0, Duration.between(event.receivedAt(), event.answeredAt()).toMinutes());
		this.jdbc.update("""
				insert into marketplace_lead_response (lead_id, partner_id, response_minutes) values (?, ?, ?)
				on conflict (lead_id) do nothing""", event.leadId(), event.partnerId(),
				(int) Math.min(minutes, Integer.MAX_VALUE));
		recompute(event.partnerId());
	}

	private void customer(UUID partnerId, UUID customerId) {
		if (partnerId == null || customerId == null) {
			return;
		}
		lock(partnerId);
		this.jdbc.update("""
				insert into marketplace_partner_customer (partner_id, customer_id) values (?, ?)
				on conflict do nothing""", partnerId, customerId);
		recompute(partnerId);
	}

	private void ended(UUID relationshipId, UUID partnerId) {
		lock(partnerId);
		this.jdbc.update("""
				insert into marketplace_delegated_admin (relationship_id, partner_id, active) values (?, ?, false)
				on conflict (relationship_id) do update set active = false""", relationshipId, partnerId);
		recompute(partnerId);
	}

	/**
	 * Takes the partner's figures row for this transaction (made if missing): listeners
	 * of two events of one partner run one after the other, so that each computes the
	 * figures with the other's facts (committed by then).
	 */
	private void lock(UUID partnerId) {
		if (partnerId == null) {
			return;
		}
		this.jdbc.update("""
				insert into marketplace_partner_stats (partner_id, customers_served, active_delegated_admins,
				  trials_started, trials_converted, answered_leads, median_response_minutes)
				values (?, 0, 0, 0, 0, 0, null) on conflict (partner_id) do nothing""", partnerId);
		this.jdbc.queryForList("select partner_id from marketplace_partner_stats where partner_id = ? for update",
				partnerId);
	}

	/** The partner's figures from its rows, in one statement. */
	private void recompute(UUID partnerId) {
		if (partnerId == null) {
			return;
		}
		this.jdbc
			.update("""
					insert into marketplace_partner_stats (partner_id, customers_served, active_delegated_admins,
					  trials_started, trials_converted, answered_leads, median_response_minutes)
					select ?::uuid,
					  (select count(*) from marketplace_partner_customer c where c.partner_id = ?::uuid),
					  (select count(*) from marketplace_delegated_admin d where d.partner_id = ?::uuid and d.active),
					  (select count(*) from marketplace_trial t where t.partner_id = ?::uuid),
					  (select count(*) from marketplace_trial t where t.partner_id = ?::uuid and t.converted),
					  (select count(*) from marketplace_lead_response r where r.partner_id = ?::uuid),
					  (select percentile_disc(0.5) within group (order by r.response_minutes)
					   from marketplace_lead_response r where r.partner_id = ?::uuid)
					on conflict (partner_id) do update set customers_served = excluded.customers_served,
					  active_delegated_admins = excluded.active_delegated_admins,
					  trials_started = excluded.trials_started, trials_converted = excluded.trials_converted,
					  answered_leads = excluded.answered_leads, median_response_minutes = excluded.median_response_minutes""",
					partnerId, partnerId, partnerId, partnerId, partnerId, partnerId, partnerId);
	}

}
