package com.partnerportal.delegation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partner's delegated-admin relationships, current and past, for the back office: one
 * statement a page (the customer's name read in the same query from its table, served by
 * {@code delegated_admin_partner_approved}, V31), newest first, no count.
 */
@Service
@Transactional(readOnly = true)
public class PartnerRelationships {

	private final NamedParameterJdbcTemplate jdbc;

	PartnerRelationships(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public Slice<PartnerRelationshipLine> of(UUID partnerId, Pageable pageable) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("partner", partnerId)
			.addValue("limit", pageable.getPageSize() + 1)
			.addValue("offset", pageable.getOffset());
		List<PartnerRelationshipLine> rows = new ArrayList<>(this.jdbc.query("""
				select d.id, d.customer_id, c.name, d.state, d.approved_at, d.ended_at, d.end_reason,
				       d.operator_reason
				from delegated_admin d join customer c on c.id = d.customer_id
				where d.partner_id = :partner
				order by d.approved_at desc, d.id limit :limit offset :offset""", parameters,
				(rs, row) -> new PartnerRelationshipLine(rs.getObject("id", UUID.class),
						rs.getObject("customer_id", UUID.class), rs.getString("name"),
						RelationshipState.valueOf(rs.getString("state")), instant(rs, "approved_at"),
						instant(rs, "ended_at"), enumOrNull(EndReason.class, rs.getString("end_reason")),
						enumOrNull(OperatorEndReason.class, rs.getString("operator_reason")))));
		boolean hasNext = rows.size() > pageable.getPageSize();
		if (hasNext) {
			rows.remove(rows.size() - 1);
		}
		return new SliceImpl<>(rows, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()), hasNext);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

	private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
		return (name != null) ? Enum.valueOf(type, name) : null;
	}

}
