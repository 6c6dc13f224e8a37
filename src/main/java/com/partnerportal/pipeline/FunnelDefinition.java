package com.partnerportal.pipeline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.partnerportal.platform.CloudInstance;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The one definition of the funnel ({@link FunnelStage} says it in words), for a partner
 * (broken down by sales agent) and for the program (by partner): one aggregating
 * statement over the period's invitations, read from the index {@code
 * invitation_pipeline_partner} or {@code invitation_pipeline_sent} (V40); each accepted
 * one's later steps are looked up by its customer ({@code invitation_purchase_accepted},
 * {@code delegated_admin_customer_partner}).
 */
@Component
class FunnelDefinition {

	private static final String FUNNEL = """
			with cohort as (
			  select i.kind, i.partner_id, i.sent_by_user_id, i.customer_id, i.sent_at,
			    coalesce(i.viewed_at, case when i.state in ('ACCEPTED', 'DECLINED') then i.decided_at end) as opened_at,
			    case when i.state = 'ACCEPTED' then i.decided_at end as accepted_at
			  from invitation i
			  where i.kind in ('TRIAL', 'PURCHASE') and i.sent_at >= :from and i.sent_at < :to %s
			), steps as (
			  select c.*,
			    case when c.accepted_at is not null then (select min(d.approved_at) from delegated_admin d
			      where d.customer_id = c.customer_id and d.partner_id = c.partner_id
			        and d.approved_at >= c.sent_at) end as delegated_at,
			    case when c.accepted_at is not null and c.kind = 'TRIAL' then (select min(p.decided_at) from invitation p
			      where p.customer_id = c.customer_id and p.partner_id = c.partner_id and p.kind = 'PURCHASE'
			        and p.state = 'ACCEPTED' and p.decided_at >= c.accepted_at) end as converted_at
			  from cohort c
			), outcomes as (
			  select s.*, coalesce(s.converted_at, case when s.kind = 'PURCHASE' then s.accepted_at end) as purchased_at
			  from steps s
			), figures as (
			  select grouping(o.%2$s) = 1 as total, o.%2$s as group_id,
			    count(*) as sent, count(o.opened_at) as opened, count(o.accepted_at) as accepted,
			    count(o.accepted_at) filter (where o.kind = 'TRIAL') as accepted_trials,
			    count(o.delegated_at) as delegated, count(o.converted_at) as converted, count(o.purchased_at) as purchased,
			    round(percentile_cont(0.5) within group (order by extract(epoch from o.opened_at - o.sent_at)))::bigint as opened_median,
			    round(percentile_cont(0.5) within group (order by extract(epoch from o.accepted_at - o.opened_at)))::bigint
			      as accepted_median,
			    round(percentile_cont(0.5) within group (order by case when o.delegated_at is not null
			      then greatest(0, extract(epoch from o.delegated_at - o.accepted_at)) end))::bigint as delegated_median,
			    round(percentile_cont(0.5) within group (order by extract(epoch from o.converted_at - o.accepted_at)))::bigint
			      as converted_median,
			    round(percentile_cont(0.5) within group (order by extract(epoch from o.purchased_at - o.sent_at)))::bigint
			      as purchased_median
			  from outcomes o
			  group by grouping sets ((), (o.%2$s))
			)
			(select f.*, null as name from figures f where f.total)
			union all
			(select f.*, n.%4$s as name
			 from (select * from figures where not total order by sent desc, group_id limit :rows) f
			 left join %3$s n on n.id = f.group_id)
			""";

	private final NamedParameterJdbcTemplate jdbc;

	FunnelDefinition(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A partner's funnel, by sales agent.
	 */
	FunnelReport ofPartner(UUID partnerId, FunnelFilter filter, int rows) {
		MapSqlParameterSource parameters = parameters(filter, rows).addValue("partner", partnerId);
		StringBuilder conditions = new StringBuilder("and i.partner_id = :partner");
		if (filter.agentId() != null) {
			conditions.append(" and i.sent_by_user_id = :agent");
			parameters.addValue("agent", filter.agentId());
		}
		return report(
				FUNNEL.formatted(kindCondition(filter, conditions), "sent_by_user_id", "partner_user", "display_name"),
				parameters);
	}

	/**
	 * The program's funnel (every partner, or those of one cloud instance), by partner.
	 */
	FunnelReport ofProgram(CloudInstance instance, FunnelFilter filter, int rows) {
		MapSqlParameterSource parameters = parameters(filter, rows);
		StringBuilder conditions = new StringBuilder();
		if (instance != null) {
			conditions
				.append(" and i.partner_id in (select pa.id from partner pa where pa.cloud_instance = :instance)");
			parameters.addValue("instance", instance.name());
		}
		return report(FUNNEL.formatted(kindCondition(filter, conditions), "partner_id", "partner", "name"), parameters);
	}

	private static MapSqlParameterSource parameters(FunnelFilter filter, int rows) {
		return new MapSqlParameterSource().addValue("from", Timestamp.from(filter.from()))
			.addValue("to", Timestamp.from(filter.to()))
			.addValue("rows", rows);
	}

	private static String kindCondition(FunnelFilter filter, StringBuilder conditions) {
		if (filter.kind() != null) {
			conditions.append(" and i.kind = '").append(filter.kind().name()).append("'");
		}
		return conditions.toString();
	}

	private FunnelReport report(String sql, MapSqlParameterSource parameters) {
		Funnel[] total = { empty() };
		List<FunnelRow> rows = new ArrayList<>();
		this.jdbc.query(sql, parameters, (rs) -> {
			Funnel funnel = funnel(rs);
			if (rs.getBoolean("total")) {
				total[0] = funnel;
			}
			else {
				rows.add(new FunnelRow(rs.getObject("group_id", UUID.class), rs.getString("name"), funnel));
			}
		});
		rows.sort((a, b) -> Long.compare(b.funnel().count(FunnelStage.SENT), a.funnel().count(FunnelStage.SENT)));
		return new FunnelReport(total[0], rows);
	}

	static Funnel empty() {
		List<StageFigure> stages = new ArrayList<>();
		for (FunnelStage stage : FunnelStage.values()) {
			stages.add(new StageFigure(stage, 0, 0, null));
		}
		return new Funnel(stages);
	}

	private static Funnel funnel(ResultSet rs) throws SQLException {
		long sent = rs.getLong("sent");
		long opened = rs.getLong("opened");
		long accepted = rs.getLong("accepted");
		return new Funnel(List.of(new StageFigure(FunnelStage.SENT, sent, sent, null),
				new StageFigure(FunnelStage.OPENED, opened, sent, median(rs, "opened_median")),
				new StageFigure(FunnelStage.ACCEPTED, accepted, opened, median(rs, "accepted_median")),
				new StageFigure(FunnelStage.DELEGATED_ADMIN_APPROVED, rs.getLong("delegated"), accepted,
						median(rs, "delegated_median")),
				new StageFigure(FunnelStage.TRIAL_CONVERTED, rs.getLong("converted"), rs.getLong("accepted_trials"),
						median(rs, "converted_median")),
				new StageFigure(FunnelStage.PURCHASE_ACCEPTED, rs.getLong("purchased"), accepted,
						median(rs, "purchased_median"))));
	}

	private static Duration median(ResultSet rs, String column) throws SQLException {
		long seconds = rs.getLong(column);
		return rs.wasNull() ? null : Duration.ofSeconds(seconds);
	}

}
