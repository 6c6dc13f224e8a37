package com.partnerportal.delegation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The statements of the end-date jobs and of the back office's list of relationships
 * ending soon: which relationships are due, and the records that make each reminder and
 * notice one of a kind (an insert that does nothing when the row is there is the claim).
 * The due lists read the names of the customer and the partner in the same statement, as
 * {@link PartnerRelationships} does.
 */
@Component
class DelegatedAdminTermRecords {

	private final NamedParameterJdbcTemplate jdbc;

	DelegatedAdminTermRecords(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Active relationships whose end date has come (served by
	 * {@code delegated_admin_ending}).
	 */
	List<Due> dueEnds(Instant now, int limit) {
		return this.jdbc.query("""
				select d.id, d.customer_id, d.partner_id, d.ends_at, c.name as customer_name, p.name as partner_name
				from delegated_admin d join customer c on c.id = d.customer_id join partner p on p.id = d.partner_id
				where d.state = 'ACTIVE' and d.ends_at is not null and d.ends_at <= :now
				order by d.ends_at, d.id limit :limit""",
				new MapSqlParameterSource("now", utc(now)).addValue("limit", limit), (rs, row) -> due(rs));
	}

	/**
	 * Active relationships ending after now and up to {@code horizon} (served by
	 * {@code delegated_admin_ending}) whose most urgent reminder due now (30, 7 or 1 day
	 * before the end) has not been sent for their end date, soonest first.
	 */
	List<Due> dueReminders(Instant now, Instant horizon, int limit) {
		return this.jdbc.query("""
				select d.id, d.customer_id, d.partner_id, d.ends_at, c.name as customer_name, p.name as partner_name
				from delegated_admin d join customer c on c.id = d.customer_id join partner p on p.id = d.partner_id
				where d.state = 'ACTIVE' and d.ends_at is not null and d.ends_at > :now and d.ends_at <= :horizon
				  and not exists (select 1 from delegated_admin_end_reminder r
				                  where r.delegated_admin_id = d.id and r.ends_at = d.ends_at
				                    and r.days_before = case when d.ends_at <= :day1 then 1
				                                             when d.ends_at <= :day7 then 7 else 30 end)
				order by d.ends_at, d.id limit :limit""",
				new MapSqlParameterSource("now", utc(now)).addValue("horizon", utc(horizon))
					.addValue("day1", utc(now.plus(DelegatedAdminTerms.REMINDERS.get(2))))
					.addValue("day7", utc(now.plus(DelegatedAdminTerms.REMINDERS.get(1))))
					.addValue("limit", limit),
				(rs, row) -> due(rs));
	}

	/**
	 * Active relationships without an end date that existed when end dates came (V38)
	 * whose customer has not been told yet that it can narrow them, oldest first.
	 */
	List<Due> withoutEndNotToldYet(int limit) {
		return this.jdbc.query("""
				select d.id, d.customer_id, d.partner_id, d.ends_at, c.name as customer_name, p.name as partner_name
				from delegated_admin_narrowing_notice n join delegated_admin d on d.id = n.delegated_admin_id
				  join customer c on c.id = d.customer_id join partner p on p.id = d.partner_id
				where n.sent_at is null and d.state = 'ACTIVE' and d.ends_at is null
				order by d.approved_at, d.id limit :limit""", new MapSqlParameterSource("limit", limit),
				(rs, row) -> due(rs));
	}

	/**
	 * Records that this reminder of this end date was sent; {@code false} if it was
	 * already (by another run or another instance).
	 */
	boolean claimReminder(UUID relationshipId, int daysBefore, Instant endsAt, Instant now) {
		return this.jdbc.update("""
				insert into delegated_admin_end_reminder (delegated_admin_id, days_before, ends_at, sent_at)
				values (:id, :days, :endsAt, :now) on conflict do nothing""",
				new MapSqlParameterSource("id", relationshipId).addValue("days", daysBefore)
					.addValue("endsAt", utc(endsAt))
					.addValue("now", utc(now))) == 1;
	}

	/**
	 * Records that the customer was told it can narrow this relationship; {@code false}
	 * if it was already (by another run or another instance), or it is not one to tell.
	 */
	boolean claimNarrowingNotice(UUID relationshipId, Instant now) {
		return this.jdbc.update("""
				update delegated_admin_narrowing_notice set sent_at = :now
				where delegated_admin_id = :id and sent_at is null""",
				new MapSqlParameterSource("id", relationshipId).addValue("now", utc(now))) == 1;
	}

	/**
	 * How many active relationships end after now and up to {@code horizon}: one count on
	 * {@code delegated_admin_ending}.
	 */
	long countEnding(Instant now, Instant horizon) {
		Long count = this.jdbc.queryForObject("""
				select count(*) from delegated_admin
				where state = 'ACTIVE' and ends_at is not null and ends_at > :now and ends_at <= :horizon""",
				new MapSqlParameterSource("now", utc(now)).addValue("horizon", utc(horizon)), Long.class);
		return (count != null) ? count : 0;
	}

	/**
	 * A page of the active relationships ending after now and up to {@code horizon},
	 * soonest first, with the names of both sides: one statement, no count.
	 */
	Slice<EndingRelationship> endingPage(Instant now, Instant horizon, Pageable pageable) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("now", utc(now)).addValue("horizon", utc(horizon))
			.addValue("limit", pageable.getPageSize() + 1)
			.addValue("offset", pageable.getOffset());
		List<EndingRelationship> rows = new ArrayList<>(this.jdbc.query("""
				select d.id, d.customer_id, d.partner_id, d.ends_at, d.auto_extend, d.roles,
				       c.name as customer_name, p.name as partner_name
				from delegated_admin d join customer c on c.id = d.customer_id join partner p on p.id = d.partner_id
				where d.state = 'ACTIVE' and d.ends_at is not null and d.ends_at > :now and d.ends_at <= :horizon
				order by d.ends_at, d.id limit :limit offset :offset""", parameters,
				(rs, row) -> new EndingRelationship(rs.getObject("id", UUID.class),
						rs.getObject("customer_id", UUID.class), rs.getString("customer_name"),
						rs.getObject("partner_id", UUID.class), rs.getString("partner_name"),
						rs.getObject("ends_at", OffsetDateTime.class).toInstant(), rs.getBoolean("auto_extend"),
						new DelegatedRolesConverter().convertToEntityAttribute(rs.getString("roles")))));
		boolean hasNext = rows.size() > pageable.getPageSize();
		if (hasNext) {
			rows.remove(rows.size() - 1);
		}
		return new SliceImpl<>(rows, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()), hasNext);
	}

	private static Due due(ResultSet rs) throws SQLException {
		OffsetDateTime endsAt = rs.getObject("ends_at", OffsetDateTime.class);
		return new Due(rs.getObject("id", UUID.class), rs.getObject("customer_id", UUID.class),
				rs.getObject("partner_id", UUID.class), (endsAt != null) ? endsAt.toInstant() : null,
				rs.getString("customer_name"), rs.getString("partner_name"));
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/**
	 * A relationship a job has to look at, with the names its mails need.
	 */
	record Due(UUID id, UUID customerId, UUID partnerId, Instant endsAt, String customerName, String partnerName) {

	}

}
