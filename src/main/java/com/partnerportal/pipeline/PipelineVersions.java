package com.partnerportal.pipeline;

import java.util.UUID;

import com.partnerportal.delegation.DelegatedAdminChange;
import com.partnerportal.invitation.InvitationLifecycleEvent;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The version of each partner's pipeline (V42): raised by every fact that moves a funnel
 * (an invitation's lifecycle, a delegated-admin relationship) in the fact's own
 * transaction, just before it commits, so that a rolled-back fact raises nothing and the
 * next request anywhere counts the funnel again ({@link FunnelCache}). One row per
 * partner, locked only from that statement to the commit.
 */
@Component
class PipelineVersions {

	private final JdbcTemplate jdbc;

	PipelineVersions(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(InvitationLifecycleEvent event) {
		raise(event.partnerId());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(DelegatedAdminChange event) {
		raise(event.partnerId());
	}

	private void raise(UUID partnerId) {
		if (partnerId != null) {
			this.jdbc.update("""
					insert into pipeline_version (partner_id, version) values (?, 1)
					on conflict (partner_id) do update set version = pipeline_version.version + 1""", partnerId);
		}
	}

	/**
	 * The version of a partner's pipeline (0 before its first change).
	 */
	long ofPartner(UUID partnerId) {
		return this.jdbc.query("select version from pipeline_version where partner_id = ?",
				(rs) -> rs.next() ? rs.getLong(1) : 0L, partnerId);
	}

	/**
	 * The version of the program's pipeline: the sum of the partners' versions, which
	 * grows whenever one of them does.
	 */
	long ofProgram() {
		Long sum = this.jdbc.queryForObject("select coalesce(sum(version), 0) from pipeline_version", Long.class);
		return (sum != null) ? sum : 0L;
	}

}
