package com.partnerportal.pipeline;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The partner's at-risk panel in one statement: the first few of each list, soonest
 * first, each read from an index of its own (V36, V40).
 */
@Component
class AtRiskQuery {

	/** Trials ending and delegated admins ending within this are at risk. */
	static final Duration ENDING_WITHIN = Duration.ofDays(30);

	/** A purchase offer still unopened this long after it was sent is at risk. */
	static final Duration UNOPENED_FOR = Duration.ofDays(7);

	/** A lead whose answer is due within this is about to expire. */
	static final Duration LEAD_DUE_WITHIN = Duration.ofDays(1);

	private static final String AT_RISK = """
			(select 'TRIAL_ENDING' as risk, s.id, s.customer_id, c.name, s.offer_code as offer_code,
			   s.license_count as licenses, s.trial_ends_at as at
			 from subscription s join customer c on c.id = s.customer_id
			 where s.sold_by_partner_id = :partner and s.status = 'TRIAL'
			   and s.trial_ends_at >= :now and s.trial_ends_at < :endingBy
			   and not exists (select 1 from invitation o where o.customer_id = s.customer_id
			     and o.partner_id = :partner and o.kind = 'PURCHASE' and o.state in ('SENT', 'VIEWED')
			     and o.expires_at > :now)
			 order by s.trial_ends_at, s.id limit :rows)
			union all
			(select 'OFFER_UNOPENED', i.id, i.customer_id, i.company_name, null, null, i.sent_at
			 from invitation i
			 where i.partner_id = :partner and i.kind = 'PURCHASE' and i.state = 'SENT' and i.sent_at < :unopenedSince
			 order by i.sent_at, i.id limit :rows)
			union all
			(select 'DELEGATED_ADMIN_ENDING', d.id, d.customer_id, c.name, null, null, d.ends_at
			 from delegated_admin d join customer c on c.id = d.customer_id
			 where d.partner_id = :partner and d.state = 'ACTIVE' and d.ends_at >= :now and d.ends_at < :endingBy
			   and not d.auto_extend
			 order by d.ends_at, d.id limit :rows)
			union all
			(select 'LEAD_EXPIRING', l.id, l.customer_id, l.company_name, null, null, l.answer_due_at
			 from lead l
			 where l.partner_id = :partner and l.state = 'OPEN' and l.answer_due_at >= :now
			   and l.answer_due_at < :leadDueBy
			 order by l.answer_due_at, l.id limit :rows)
			""";

	private final NamedParameterJdbcTemplate jdbc;

	AtRiskQuery(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	AtRisk of(UUID partnerId, Instant now, int shown) {
		MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("partner", partnerId)
			.addValue("now", Timestamp.from(now))
			.addValue("endingBy", Timestamp.from(now.plus(ENDING_WITHIN)))
			.addValue("unopenedSince", Timestamp.from(now.minus(UNOPENED_FOR)))
			.addValue("leadDueBy", Timestamp.from(now.plus(LEAD_DUE_WITHIN)))
			.addValue("rows", shown + 1);
		Map<Risk, List<AtRiskItem>> found = new EnumMap<>(Risk.class);
		for (Risk risk : Risk.values()) {
			found.put(risk, new ArrayList<>());
		}
		this.jdbc.query(AT_RISK, parameters, (rs) -> {
			Timestamp at = rs.getTimestamp("at");
			int licenses = rs.getInt("licenses");
			Integer licenseCount = rs.wasNull() ? null : licenses;
			found.get(Risk.valueOf(rs.getString("risk")))
				.add(new AtRiskItem(rs.getObject("id", UUID.class), rs.getObject("customer_id", UUID.class),
						rs.getString("name"), rs.getString("offer_code"), licenseCount,
						(at != null) ? at.toInstant() : null));
		});
		return new AtRisk(list(found.get(Risk.TRIAL_ENDING), shown), list(found.get(Risk.OFFER_UNOPENED), shown),
				list(found.get(Risk.DELEGATED_ADMIN_ENDING), shown), list(found.get(Risk.LEAD_EXPIRING), shown));
	}

	private static AtRiskList list(List<AtRiskItem> items, int shown) {
		return new AtRiskList(items.subList(0, Math.min(shown, items.size())), items.size() > shown);
	}

	private enum Risk {

		TRIAL_ENDING, OFFER_UNOPENED, DELEGATED_ADMIN_ENDING, LEAD_EXPIRING

	}

}
