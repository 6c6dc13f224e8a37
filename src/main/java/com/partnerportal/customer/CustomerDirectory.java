package com.partnerportal.customer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.partnerportal.platform.CloudInstance;
import com.partnerportal.platform.PortalProperties;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every customer, for the back office: search (a part of the name, a domain prefix, an
 * id), filters (cloud instance, has a delegated admin), sort and pages without a count.
 * One statement a page: whether a customer has an active delegated admin is read in the
 * same query from the delegation module's partial unique index (one row at most per
 * customer), not from its entities.
 */
@Service
@Transactional(readOnly = true)
public class CustomerDirectory {

	/** Sortable columns: request property → SQL column. */
	private static final Map<String, String> COLUMNS = Map.of("name", "c.name", "createdAt", "c.created_at");

	private final NamedParameterJdbcTemplate jdbc;

	private final CustomerAccountRepository accounts;

	private final PortalProperties properties;

	CustomerDirectory(NamedParameterJdbcTemplate jdbc, CustomerAccountRepository accounts,
			PortalProperties properties) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.properties = properties;
	}

	/**
	 * A page of the customers that match, by name unless the request sorts by
	 * {@code name} or {@code createdAt}; whether more follow, not how many.
	 */
	public Slice<CustomerListEntry> search(CustomerSearch search, Pageable pageable) {
		StringBuilder sql = new StringBuilder("""
				select c.id, c.name, c.domain_prefix, c.cloud_instance, c.language, c.created_at,
				  exists (select 1 from delegated_admin d where d.customer_id = c.id and d.state = 'ACTIVE') as dap
				from customer c where true""");
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		String text = (search.text() != null) ? search.text().strip().toLowerCase(Locale.ROOT) : "";
		if (!text.isEmpty()) {
			Optional<UUID> id = uuid(text);
			if (id.isPresent()) {
				sql.append(" and c.id = :id");
				parameters.addValue("id", id.get());
			}
			else {
				String suffix = "." + this.properties.tenantDomainSuffix().toLowerCase(Locale.ROOT);
				String prefix = text.endsWith(suffix) ? text.substring(0, text.length() - suffix.length()) : text;
				sql.append(
						" and (lower(c.name) like :contains escape '\\' or c.domain_prefix like :prefix escape '\\')");
				parameters.addValue("contains", "%" + escapeLike(text) + "%");
				parameters.addValue("prefix", escapeLike(prefix) + "%");
			}
		}
		if (search.cloudInstance() != null) {
			sql.append(" and c.cloud_instance = :instance");
			parameters.addValue("instance", search.cloudInstance().name());
		}
		if (search.hasDelegatedAdmin() != null) {
			sql.append(search.hasDelegatedAdmin() ? " and" : " and not");
			sql.append(" exists (select 1 from delegated_admin d where d.customer_id = c.id and d.state = 'ACTIVE')");
		}
		sql.append(" order by ").append(orderBy(pageable.getSort())).append(", c.id");
		sql.append(" limit :limit offset :offset");
		parameters.addValue("limit", pageable.getPageSize() + 1);
		parameters.addValue("offset", pageable.getOffset());
		String domainSuffix = "." + this.properties.tenantDomainSuffix();
		List<CustomerListEntry> rows = new ArrayList<>(
				this.jdbc.query(sql.toString(), parameters, (resultSet, row) -> entry(resultSet, domainSuffix)));
		boolean hasNext = rows.size() > pageable.getPageSize();
		if (hasNext) {
			rows.remove(rows.size() - 1);
		}
		return new SliceImpl<>(rows,
				PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), pageable.getSort()), hasNext);
	}

	/**
	 * A page of the partner's customers, newest first, and whether the partner
	 * administers each (one statement, served by {@code customer_partner_partner}).
	 */
	public Slice<PartnerCustomerLine> customersOfPartner(UUID partnerId, Pageable pageable) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("partner", partnerId)
			.addValue("limit", pageable.getPageSize() + 1)
			.addValue("offset", pageable.getOffset());
		String domainSuffix = "." + this.properties.tenantDomainSuffix();
		List<PartnerCustomerLine> rows = new ArrayList<>(this.jdbc.query("""
				select c.id, c.name, c.domain_prefix, c.cloud_instance, cp.since,
				  exists (select 1 from delegated_admin d where d.customer_id = c.id and d.partner_id = :partner
				          and d.state = 'ACTIVE') as dap
				from customer_partner cp join customer c on c.id = cp.customer_id
				where cp.partner_id = :partner
				order by cp.since desc, cp.customer_id limit :limit offset :offset""", parameters,
				(row, number) -> new PartnerCustomerLine(row.getObject("id", UUID.class), row.getString("name"),
						row.getString("domain_prefix") + domainSuffix,
						CloudInstance.valueOf(row.getString("cloud_instance")), row.getTimestamp("since").toInstant(),
						row.getBoolean("dap"))));
		return slice(rows, pageable);
	}

	/**
	 * A page of the subscriptions the partner is Partner of Record for, newest first,
	 * with their customers' names (one statement, served by
	 * {@code subscription_partner_of_record}).
	 */
	public Slice<PartnerOfRecordLine> partnerOfRecordOf(UUID partnerId, Pageable pageable) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("partner", partnerId)
			.addValue("limit", pageable.getPageSize() + 1)
			.addValue("offset", pageable.getOffset());
		List<PartnerOfRecordLine> rows = new ArrayList<>(this.jdbc.query("""
				select s.id, s.customer_id, c.name, s.offer_code, s.status, s.license_count, s.created_at
				from subscription s join customer c on c.id = s.customer_id
				where s.partner_of_record_id = :partner
				order by s.created_at desc, s.id limit :limit offset :offset""", parameters,
				(row, number) -> new PartnerOfRecordLine(row.getObject("id", UUID.class),
						row.getObject("customer_id", UUID.class), row.getString("name"), row.getString("offer_code"),
						SubscriptionStatus.valueOf(row.getString("status")), row.getInt("license_count"),
						row.getTimestamp("created_at").toInstant())));
		return slice(rows, pageable);
	}

	private static <T> Slice<T> slice(List<T> rows, Pageable pageable) {
		boolean hasNext = rows.size() > pageable.getPageSize();
		if (hasNext) {
			rows.remove(rows.size() - 1);
		}
		return new SliceImpl<>(rows, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()), hasNext);
	}

	/**
	 * The addresses the customer's mails go to: each admin's contact address and sign-in
	 * name (one query).
	 */
	public List<String> mailAddresses(UUID customerId) {
		return this.accounts.findMailAddresses(customerId)
			.stream()
			.flatMap((addresses) -> Arrays.stream(addresses))
			.filter(String.class::isInstance)
			.map(String.class::cast)
			.filter((address) -> !address.isBlank())
			.distinct()
			.toList();
	}

	private static String orderBy(Sort sort) {
		List<String> orders = new ArrayList<>();
		for (Sort.Order order : sort) {
			String column = COLUMNS.get(order.getProperty());
			if (column != null) {
				orders.add(column + (order.isDescending() ? " desc" : " asc"));
			}
		}
		return orders.isEmpty() ? "c.name asc" : String.join(", ", orders);
	}

	private static CustomerListEntry entry(ResultSet row, String domainSuffix) throws SQLException {
		return new CustomerListEntry(row.getObject("id", UUID.class), row.getString("name"),
				row.getString("domain_prefix") + domainSuffix, CloudInstance.valueOf(row.getString("cloud_instance")),
				row.getString("language"), row.getTimestamp("created_at").toInstant(), row.getBoolean("dap"));
	}

	private static Optional<UUID> uuid(String text) {
		if (text.length() != 36) {
			return Optional.empty();
		}
		try {
			return Optional.of(UUID.fromString(text));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
