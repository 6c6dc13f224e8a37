package com.partnerportal.pipeline;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.partnerportal.platform.CloudInstance;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partner's pipeline (funnel, at-risk panel) and the program's funnel for the back
 * office, live from the portal's records, with one definition ({@link FunnelDefinition}),
 * counted again after each change of a partner's pipeline ({@link FunnelCache}).
 */
@Service
@Transactional(readOnly = true)
public class Pipelines {

	/** Lines of a funnel's breakdown shown (the busiest). */
	public static final int MAX_ROWS = 20;

	/** Items of each at-risk list shown (then "more"). */
	public static final int AT_RISK_SHOWN = 5;

	private final FunnelDefinition funnels;

	private final FunnelCache counted;

	private final PipelineVersions versions;

	private final AtRiskQuery atRisk;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	Pipelines(FunnelDefinition funnels, FunnelCache counted, PipelineVersions versions, AtRiskQuery atRisk,
			NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.funnels = funnels;
		this.counted = counted;
		this.versions = versions;
		this.atRisk = atRisk;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The partner's pipeline page: its funnel by sales agent and its at-risk panel. A
	 * sales agent sees the whole partner's pipeline (as it sees all of the partner's
	 * invitations), and may narrow it to one agent.
	 */
	public PartnerPipelinePage partnerPage(UUID partnerId, FunnelFilter filter) {
		return new PartnerPipelinePage(partnerFunnel(partnerId, filter), atRisk(partnerId));
	}

	/**
	 * The partner's funnel by sales agent: counted again only when the partner's pipeline
	 * has changed since it was last counted ({@link FunnelCache}).
	 */
	public FunnelReport partnerFunnel(UUID partnerId, FunnelFilter filter) {
		return this.counted.get(partnerId, filter, this.versions.ofPartner(partnerId),
				() -> this.funnels.ofPartner(partnerId, filter, MAX_ROWS));
	}

	public AtRisk atRisk(UUID partnerId) {
		return this.atRisk.of(partnerId, this.clock.instant(), AT_RISK_SHOWN);
	}

	/**
	 * The program's funnel, every partner's invitations or those of the partners of one
	 * cloud instance (null: all), by partner.
	 */
	public FunnelReport programFunnel(CloudInstance instance, FunnelFilter filter) {
		return this.counted.get((instance != null) ? instance : "program", filter, this.versions.ofProgram(),
				() -> this.funnels.ofProgram(instance, filter, MAX_ROWS));
	}

	/**
	 * The partner's users who may send invitations, by name.
	 */
	public List<SalesAgent> agents(UUID partnerId) {
		return this.jdbc.query("""
				select u.id, u.display_name from partner_user u
				where u.partner_id = :partner and exists (select 1 from partner_user_role r
				  where r.partner_user_id = u.id and r.role in ('SALES_AGENT', 'PARTNER_ADMIN'))
				order by u.display_name, u.id""", Map.of("partner", partnerId),
				(rs, row) -> new SalesAgent(rs.getObject(1, UUID.class), rs.getString(2)));
	}

}
