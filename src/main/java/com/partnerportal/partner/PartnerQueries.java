package com.partnerportal.partner;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.partnerportal.platform.CloudInstance;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The partner module's reads that must stay one statement whatever the data: the standing
 * check made on every partner request, the back office's partner list, a partner's users
 * with their roles, and the count of partners behind on the agreement.
 */
@Component
class PartnerQueries {

	/** The current version of the agreement as of {@code :now}, as a subquery. */
	static final String CURRENT_VERSION = "(select v.label from partner_agreement_version v"
			+ " where v.published_at <= :now order by v.published_at desc limit 1)";

	/** The list's sortable columns and their SQL. */
	static final Map<String, String> SORT_COLUMNS = Map.of("name", "lower(p.name)", "createdAt", "p.created_at",
			"standing", "p.standing", "cloudInstance", "p.cloud_instance");

	private final NamedParameterJdbcTemplate jdbc;

	PartnerQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Optional<PartnerStanding> standing(UUID partnerId, Instant now) {
		List<PartnerStanding> rows = this.jdbc.query("""
				select p.standing, p.standing_reason, p.agreement_version, v.label as current_label,
				       v.published_at + make_interval(days => v.grace_period_days) as grace_ends_at
				from partner p
				left join lateral (select label, published_at, grace_period_days from partner_agreement_version
				                   where published_at <= :now order by published_at desc limit 1) v on true
				where p.id = :id
				""", new MapSqlParameterSource("id", partnerId).addValue("now", utc(now)),
				(rs, row) -> new PartnerStanding(partnerId, Standing.valueOf(rs.getString("standing")),
						rs.getString("standing_reason"), rs.getString("agreement_version"),
						rs.getString("current_label"), instant(rs, "grace_ends_at"), now));
		return rows.stream().findFirst();
	}

	/**
	 * Partners signed but behind on the current version (suspended ones left out: they do
	 * not sell anyway).
	 */
	long countBehind(Instant now) {
		Long count = this.jdbc.queryForObject("select count(*) from partner p where p.agreement_version <> "
				+ CURRENT_VERSION + " and p.standing <> 'SUSPENDED'", new MapSqlParameterSource("now", utc(now)),
				Long.class);
		return (count != null) ? count : 0;
	}

	Slice<PartnerListItem> search(PartnerSearch search, Pageable pageable, Instant now) {
		StringBuilder sql = new StringBuilder("""
				select p.id, p.name, p.domain, p.cloud_instance, p.standing, p.agreement_version,
				       p.agreement_signed_at, p.created_at,
				       (select string_agg(e.program, ',' order by e.program) from partner_program_enrollment e
				        where e.partner_id = p.id) as programs
				from partner p where true
				""");
		MapSqlParameterSource parameters = new MapSqlParameterSource("now", utc(now));
		String text = (search.text() != null) ? search.text().strip() : "";
		if (!text.isEmpty()) {
			UUID id = uuidOrNull(text);
			if (id != null) {
				sql.append(" and p.id = :id");
				parameters.addValue("id", id);
			}
			else {
				// a part of the name or of the company domain (an address's domain part
				// too): both served by trigram indexes (V31)
				String needle = text.toLowerCase(Locale.ROOT);
				String domain = needle.substring(needle.lastIndexOf('@') + 1);
				sql.append(" and (lower(p.name) like :pattern escape '\\' or p.domain like :domain escape '\\')");
				parameters.addValue("pattern", "%" + escapeLike(needle) + "%");
				parameters.addValue("domain", "%" + escapeLike(domain) + "%");
			}
		}
		if (search.cloudInstance() != null) {
			sql.append(" and p.cloud_instance = :cloudInstance");
			parameters.addValue("cloudInstance", search.cloudInstance().name());
		}
		if (search.standing() != null) {
			sql.append(" and p.standing = :standing");
			parameters.addValue("standing", search.standing().name());
		}
		if (search.program() != null) {
			sql.append(" and exists (select 1 from partner_program_enrollment e where e.partner_id = p.id"
					+ " and e.program = :program)");
			parameters.addValue("program", search.program().name());
		}
		if (search.agreement() != null) {
			sql.append(switch (search.agreement()) {
				case CURRENT -> " and p.agreement_version = " + CURRENT_VERSION;
				case BEHIND -> " and p.agreement_version <> " + CURRENT_VERSION;
				case NOT_SIGNED -> " and p.agreement_version is null";
			});
		}
		sql.append(" order by ");
		for (Sort.Order order : pageable.getSort()) {
			sql.append(SORT_COLUMNS.get(order.getProperty())).append(order.isAscending() ? " asc, " : " desc, ");
		}
		sql.append("p.id limit :limit offset :offset");
		parameters.addValue("limit", pageable.getPageSize() + 1).addValue("offset", pageable.getOffset());
		List<PartnerListItem> rows = new ArrayList<>(this.jdbc.query(sql.toString(), parameters,
				(rs, row) -> new PartnerListItem(rs.getObject("id", UUID.class), rs.getString("name"),
						rs.getString("domain"), CloudInstance.valueOf(rs.getString("cloud_instance")),
						Standing.valueOf(rs.getString("standing")), rs.getString("agreement_version"),
						instant(rs, "agreement_signed_at"), programs(rs.getString("programs")),
						instant(rs, "created_at"))));
		boolean hasNext = rows.size() > pageable.getPageSize();
		if (hasNext) {
			rows.remove(rows.size() - 1);
		}
		return new SliceImpl<>(rows, pageable, hasNext);
	}

	List<PartnerUserLine> users(UUID partnerId) {
		return this.jdbc.query("""
				select u.id, u.email, u.display_name, u.language, u.enabled,
				       (select string_agg(r.role, ',' order by r.role) from partner_user_role r
				        where r.partner_user_id = u.id) as roles
				from partner_user u where u.partner_id = :id order by lower(u.email) limit 200
				""", new MapSqlParameterSource("id", partnerId),
				(rs, row) -> new PartnerUserLine(rs.getObject("id", UUID.class), rs.getString("email"),
						rs.getString("display_name"), rs.getString("language"), rs.getBoolean("enabled"),
						roles(rs.getString("roles"))));
	}

	private static List<Program> programs(String joined) {
		return (joined != null) ? Arrays.stream(joined.split(",")).map(Program::valueOf).toList() : List.of();
	}

	private static List<PartnerRole> roles(String joined) {
		return (joined != null) ? Arrays.stream(joined.split(",")).map(PartnerRole::valueOf).toList() : List.of();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	static UUID uuidOrNull(String text) {
		try {
			return (text.length() == 36) ? UUID.fromString(text) : null;
		}
		catch (IllegalArgumentException notAnId) {
			return null;
		}
	}

}
