package com.partnerportal.marketplace;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.partnerportal.availability.FeatureAvailability;
import com.partnerportal.availability.PartnerFeature;
import com.partnerportal.platform.CloudInstance;
import org.postgresql.PGStatement;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.core.PreparedStatementCreatorFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public marketplace search: published listings of partners in good standing (read
 * from the partner's current standing in the same query, so a hidden or suspended partner
 * leaves at once), shown in the cloud instances where the marketplace is available.
 * <p>
 * Words are matched with {@code LIKE '%word%'} on the lower-cased name and descriptions,
 * served by a trigram (pg_trgm) GIN index: trigram similarity ({@code %}) finds nothing
 * for the one- and two-character words Japanese and Korean use, while {@code LIKE} finds
 * them (the index then narrows nothing for such a word, and the filters' indexes do).
 * Similarity only ranks the best match. One statement per page, badges included.
 * <p>
 * A word of one character is left out (the page says so): it would match nearly every
 * listing and no index narrows it, so a search of one character reads like no text at
 * all. A word that runs from Latin letters into Japanese or Korean ({@code cloud移行}) is
 * two words, so that the Latin part is served by the trigram index.
 */
@Service
@Transactional(readOnly = true)
public class MarketplaceSearch {

	private static final String LISTED = "('ACTIVE', 'SALES_FROZEN')";

	/** The shortest word searched, in characters. */
	static final int MIN_WORD_LENGTH = 2;

	private static final String CJK = "\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}";

	/** Spaces, and the point where Latin letters meet Japanese or Korean (either way). */
	private static final Pattern WORD_SEPARATOR = Pattern
		.compile("[\\s\u3000]+|(?<=\\p{IsLatin})(?=[" + CJK + "])|(?<=[" + CJK + "])(?=\\p{IsLatin})");

	private static final String COLUMNS = """
			select c.partner_id, p.name, p.standing, c.description_en, c.description_ja, c.description_ko, c.service_codes,
			       c.industries, c.regions, c.languages, c.cloud_instances, c.customer_sizes, c.contact_preferences,
			       s.customers_served, s.active_delegated_admins, s.answered_leads, s.median_response_minutes,
			       s.trials_started, s.trials_converted
			""";

	private static final String SELECT = COLUMNS + """
			from marketplace_listing_content c
			join partner p on p.id = c.partner_id
			left join marketplace_partner_stats s on s.partner_id = c.partner_id
			where c.published and p.standing in %s and c.cloud_instances && cast(:instances as text[])
			""".formatted(LISTED);

	/**
	 * One part of a one-word best match: the narrow columns of the listings found, in
	 * name order, those whose name holds the word or those whose name does not
	 * ({@code %s}), at most {@code :window} of them ({@code %s}: the conditions of the
	 * search).
	 */
	private static final String BEST_MATCH_PART = """
			select c.id, lower(c.partner_name) as sort_name, c.partner_id
			from marketplace_listing_content c
			where c.published and c.cloud_instances && cast(:instances as text[])
			  and exists (select 1 from partner p where p.id = c.partner_id and p.standing in %s)
			  and %%s(lower(c.partner_name) like :namePattern)%%s
			order by lower(c.partner_name), c.partner_id
			limit :window
			""".formatted(LISTED);

	/**
	 * A one-word best match: the listings whose name holds the word, then the others,
	 * each by name. Sorting all the listings found by "name holds the word" first reads
	 * and sorts every one of them (a word in every description, such as "cloud": all
	 * 5,000 listings, 28 ms); as two parts, each walks the name index and stops after the
	 * rows the page needs, the others are read only when the names do not fill the page,
	 * and the wide columns, the partner and its badge figures are read for the page's
	 * rows only (the badge figures by their key: a join would read all of them).
	 */
	private static final String BEST_MATCH_OF_ONE_WORD = """
			with name_hit as (%1$s),
			hit as (
			  select id, sort_name, partner_id, 0 as rank from name_hit
			  union all
			  select id, sort_name, partner_id, 1 as rank from (%2$s) other
			  where (select count(*) from name_hit) < :window
			  order by rank, sort_name, partner_id
			  limit :limit offset :offset)
			%3$s
			from hit h
			join marketplace_listing_content c on c.id = h.id
			join partner p on p.id = h.partner_id
			left join lateral (select * from marketplace_partner_stats s where s.partner_id = h.partner_id limit 1) s on true
			order by h.rank, h.sort_name, h.partner_id
			""";

	private final NamedParameterJdbcTemplate jdbc;

	private final FeatureAvailability availability;

	MarketplaceSearch(NamedParameterJdbcTemplate jdbc, FeatureAvailability availability) {
		this.jdbc = jdbc;
		this.availability = availability;
	}

	/**
	 * The cloud instances where the marketplace is available now.
	 */
	public Set<CloudInstance> availableInstances() {
		Set<CloudInstance> instances = EnumSet.noneOf(CloudInstance.class);
		for (CloudInstance instance : CloudInstance.values()) {
			if (this.availability.availableIn(PartnerFeature.MARKETPLACE, instance)) {
				instances.add(instance);
			}
		}
		return instances;
	}

	/**
	 * One page of the listings that match, in the query's order.
	 */
	public Slice<MarketplaceListing> search(MarketplaceQuery query, Pageable pageable) {
		Set<CloudInstance> available = availableInstances();
		Set<CloudInstance> instances = (query.cloudInstance() != null) ? (available.contains(query.cloudInstance())
				? EnumSet.of(query.cloudInstance()) : EnumSet.noneOf(CloudInstance.class)) : available;
		if (instances.isEmpty()) {
			return new SliceImpl<>(List.of(), pageable, false);
		}
		Statement statement = statement(query, instances, pageable);
		List<MarketplaceListing> rows = this.jdbc.getJdbcOperations()
			.query(plannedWithItsValues(statement), (rs, rowNum) -> listing(rs, available));
		boolean hasNext = rows.size() > pageable.getPageSize();
		return new SliceImpl<>(hasNext ? rows.subList(0, pageable.getPageSize()) : rows, pageable, hasNext);
	}

	/**
	 * A partner's published listing, if it is shown in the marketplace now (good
	 * standing, serving a cloud instance where the marketplace is available).
	 */
	public Optional<MarketplaceListing> listing(UUID partnerId) {
		Set<CloudInstance> available = availableInstances();
		if (available.isEmpty()) {
			return Optional.empty();
		}
		MapSqlParameterSource parameters = new MapSqlParameterSource("instances", arrayLiteral(available))
			.addValue("partnerId", partnerId);
		return this.jdbc
			.query(SELECT + " and c.partner_id = :partnerId", parameters, (rs, rowNum) -> listing(rs, available))
			.stream()
			.findFirst();
	}

	/**
	 * The statement, planned by PostgreSQL for the values of each execution. The driver
	 * otherwise turns a statement run a few times on a connection into a prepared one,
	 * and PostgreSQL then plans it once for any values: it cannot tell how many listings
	 * a word or a region finds, and took the benchmark's search to find few names (a sort
	 * of 300 listings, 2.4 ms, against 0.3 ms walking the name index, planned in 0.6 ms).
	 */
	private static PreparedStatementCreator plannedWithItsValues(Statement statement) {
		ParsedSql parsed = NamedParameterUtils.parseSqlStatement(statement.sql());
		PreparedStatementCreator creator = new PreparedStatementCreatorFactory(
				NamedParameterUtils.substituteNamedParameters(parsed, statement.parameters()),
				NamedParameterUtils.buildSqlParameterList(parsed, statement.parameters()))
			.newPreparedStatementCreator(NamedParameterUtils.buildValueArray(parsed, statement.parameters(), null));
		return (connection) -> {
			PreparedStatement prepared = creator.createPreparedStatement(connection);
			if (prepared.isWrapperFor(PGStatement.class)) {
				prepared.unwrap(PGStatement.class).setPrepareThreshold(0);
			}
			return prepared;
		};
	}

	/**
	 * The statement of one page of a search in the given cloud instances (the plan test
	 * explains it).
	 */
	static Statement statement(MarketplaceQuery query, Set<CloudInstance> instances, Pageable pageable) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("instances", arrayLiteral(instances));
		StringBuilder conditions = new StringBuilder();
		List<String> words = words(query.text());
		for (int i = 0; i < words.size(); i++) {
			conditions.append(" and c.search_text like :word").append(i);
			parameters.addValue("word" + i, "%" + escapeLike(words.get(i)) + "%");
		}
		filter(conditions, parameters, "service_codes", "service", query.serviceCode());
		filter(conditions, parameters, "industries", "industry", name(query.industry()));
		filter(conditions, parameters, "regions", "region", name(query.region()));
		filter(conditions, parameters, "languages", "language", name(query.language()));
		if (query.program() != null) {
			conditions.append(" and exists (select 1 from partner_program_enrollment e"
					+ " where e.partner_id = c.partner_id and e.program = :program)");
			parameters.addValue("program", query.program().name());
		}
		parameters.addValue("limit", pageable.getPageSize() + 1);
		parameters.addValue("offset", pageable.getOffset());
		SearchOrder order = (query.order() != null) ? query.order() : SearchOrder.BEST_MATCH;
		if (order == SearchOrder.BEST_MATCH && words.size() == 1) {
			// the rows before the page, the page and one more
			parameters.addValue("window", pageable.getOffset() + pageable.getPageSize() + 1);
			parameters.addValue("namePattern", "%" + escapeLike(words.get(0)) + "%");
			String names = BEST_MATCH_PART.formatted("", conditions);
			String others = BEST_MATCH_PART.formatted("not ", conditions);
			return new Statement(BEST_MATCH_OF_ONE_WORD.formatted(names, others, COLUMNS), parameters);
		}
		String sql = SELECT + conditions + " order by " + order(order, words, parameters)
				+ " limit :limit offset :offset";
		return new Statement(sql, parameters);
	}

	/**
	 * The words of a search text, lower case, at most {@link MarketplaceQuery#MAX_WORDS}:
	 * split at spaces (the ideographic one too) and where Latin letters meet Japanese or
	 * Korean; words of one character are left out.
	 */
	static List<String> words(String text) {
		return allWords(text).filter((word) -> word.codePointCount(0, word.length()) >= MIN_WORD_LENGTH)
			.distinct()
			.limit(MarketplaceQuery.MAX_WORDS)
			.toList();
	}

	/**
	 * Whether the search text has words of one character, which {@link #words(String)}
	 * leaves out.
	 */
	public static boolean hasShortWords(String text) {
		return allWords(text).anyMatch((word) -> word.codePointCount(0, word.length()) < MIN_WORD_LENGTH);
	}

	private static Stream<String> allWords(String text) {
		if (text == null || text.isBlank()) {
			return Stream.empty();
		}
		return Arrays.stream(WORD_SEPARATOR.split(text.strip().toLowerCase(Locale.ROOT)))
			.filter((word) -> !word.isEmpty());
	}

	private static String order(SearchOrder order, List<String> words, MapSqlParameterSource parameters) {
		String byName = "lower(c.partner_name), c.partner_id";
		return switch (order) {
			case NAME -> byName;
			case RESPONSE_TIME -> "s.median_response_minutes asc nulls last, " + byName;
			case BEST_MATCH -> {
				if (words.isEmpty()) {
					yield byName;
				}
				// one word: BEST_MATCH_OF_ONE_WORD (its similarity to the text would rank
				// every listing found nearly alike, at the price of computing it for
				// each:
				// a word in every listing, 290 ms at 5,000 listings)
				parameters.addValue("namePattern", "%" + escapeLike(words.get(0)) + "%");
				parameters.addValue("text", String.join(" ", words));
				yield "(lower(c.partner_name) like :namePattern) desc, word_similarity(:text, c.search_text) desc, "
						+ byName;
			}
		};
	}

	private static void filter(StringBuilder conditions, MapSqlParameterSource parameters, String column,
			String parameter, String value) {
		if (value != null) {
			conditions.append(" and c.")
				.append(column)
				.append(" @> array[cast(:")
				.append(parameter)
				.append(" as text)]");
			parameters.addValue(parameter, value);
		}
	}

	private static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

	private static String arrayLiteral(Set<CloudInstance> instances) {
		return instances.stream().map(Enum::name).collect(Collectors.joining(",", "{", "}"));
	}

	static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static MarketplaceListing listing(ResultSet rs, Set<CloudInstance> available) throws SQLException {
		List<CloudInstance> served = values(rs.getArray("cloud_instances"), CloudInstance::valueOf);
		List<CloudInstance> shown = served.stream().filter(available::contains).toList();
		Set<CloudInstance> hidden = EnumSet.noneOf(CloudInstance.class);
		served.stream().filter((instance) -> !available.contains(instance)).forEach(hidden::add);
		PartnerBadgeFigures badges = (rs.getObject("customers_served") != null)
				? new PartnerBadgeFigures(rs.getInt("customers_served"), rs.getInt("active_delegated_admins"),
						rs.getInt("answered_leads"), (Integer) rs.getObject("median_response_minutes"),
						rs.getInt("trials_started"), rs.getInt("trials_converted"))
				: PartnerBadgeFigures.NONE;
		return new MarketplaceListing(rs.getObject("partner_id", UUID.class), rs.getString("name"),
				rs.getString("description_en"), rs.getString("description_ja"), rs.getString("description_ko"),
				values(rs.getArray("service_codes"), Function.identity()),
				values(rs.getArray("industries"), Industry::valueOf), values(rs.getArray("regions"), Region::valueOf),
				values(rs.getArray("languages"), SpokenLanguage::valueOf), shown, hidden,
				values(rs.getArray("customer_sizes"), CustomerSize::valueOf),
				values(rs.getArray("contact_preferences"), ContactPreference::valueOf), badges,
				"ACTIVE".equals(rs.getString("standing")));
	}

	private static <T> List<T> values(Array array, Function<String, T> valueOf) throws SQLException {
		if (array == null) {
			return List.of();
		}
		List<T> values = new ArrayList<>();
		for (Object name : (Object[]) array.getArray()) {
			values.add(valueOf.apply((String) name));
		}
		return List.copyOf(values);
	}

	record Statement(String sql, MapSqlParameterSource parameters) {

	}

}
