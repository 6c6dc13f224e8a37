package com.partnerportal.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.partnerportal.platform.NotFoundException;
import com.partnerportal.platform.SortableColumns;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the mail log (back office).
 */
@Service
@Transactional(readOnly = true)
public class MailLog {

	/**
	 * The columns the mail log may be sorted by; newest first unless asked.
	 */
	static final SortableColumns COLUMNS = SortableColumns.of(Sort.by(Sort.Direction.DESC, "createdAt"), "createdAt",
			"recipient", "state");

	private static final Map<String, String> SQL_COLUMNS = Map.of("createdAt", "m.created_at", "recipient",
			"m.recipient", "state", "m.state");

	private static final String ENTRY_COLUMNS = "m.id, m.recipient, m.language, m.template, m.subject, m.state, "
			+ "m.attempts, m.last_error, m.created_at, m.delivered_at, m.next_attempt_at, m.resent_as_id";

	private static final Pattern LINK = Pattern.compile("href=\"(https?://[^\"]+)\"");

	private final MailMessageRepository messages;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final NamedParameterJdbcTemplate jdbc;

	MailLog(MailMessageRepository messages, ObjectProvider<JavaMailSender> mailSender,
			NamedParameterJdbcTemplate jdbc) {
		this.messages = messages;
		this.mailSender = mailSender;
		this.jdbc = jdbc;
	}

	/**
	 * A page of the mail log (of one state, or all), newest first unless the request
	 * sorts by another of {@link #COLUMNS}.
	 */
	public Slice<MailLogEntry> entries(MailState state, Pageable pageable) {
		Pageable sorted = COLUMNS.sorted(pageable);
		return (state != null) ? this.messages.findProjectedByState(state, sorted)
				: this.messages.findProjectedBy(sorted);
	}

	/**
	 * A page of the mails that match, newest first unless the request sorts by another of
	 * {@link #COLUMNS}; whether more follow, not how many (one statement, the bodies not
	 * read). A part of the recipient or subject is found through trigram indexes.
	 */
	public Slice<MailLogEntry> search(MailSearch search, Pageable pageable) {
		StringBuilder sql = new StringBuilder("select " + ENTRY_COLUMNS + " from mail_message m where true");
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		if (hasText(search.recipient())) {
			sql.append(" and lower(m.recipient) like :recipient escape '\\'");
			parameters.addValue("recipient", contains(search.recipient()));
		}
		if (hasText(search.subject())) {
			sql.append(" and lower(m.subject) like :subject escape '\\'");
			parameters.addValue("subject", contains(search.subject()));
		}
		if (hasText(search.kind())) {
			sql.append(" and m.template = :kind");
			parameters.addValue("kind", search.kind().strip());
		}
		if (search.state() != null) {
			sql.append(" and m.state = :state");
			parameters.addValue("state", search.state().name());
		}
		Pageable sorted = COLUMNS.sorted(pageable);
		List<String> orders = new ArrayList<>();
		for (Sort.Order order : sorted.getSort()) {
			orders.add(SQL_COLUMNS.get(order.getProperty()) + (order.isDescending() ? " desc" : " asc"));
		}
		sql.append(" order by ").append(String.join(", ", orders)).append(", m.id desc limit :limit offset :offset");
		parameters.addValue("limit", sorted.getPageSize() + 1);
		parameters.addValue("offset", sorted.getOffset());
		List<MailLogEntry> rows = new ArrayList<>(this.jdbc.query(sql.toString(), parameters, MailLog::entry));
		boolean hasNext = rows.size() > sorted.getPageSize();
		if (hasNext) {
			rows.remove(rows.size() - 1);
		}
		return new SliceImpl<>(rows, sorted, hasNext);
	}

	/**
	 * The newest mails to these addresses (for a customer's timeline), at most
	 * {@code limit}.
	 */
	public List<MailLogEntry> sentTo(Collection<String> recipients, int limit) {
		return recipients.isEmpty() ? List.of() : this.messages.findProjectedByRecipientIn(recipients,
				PageRequest.of(0, limit, Sort.by(Sort.Direction.DESC, "createdAt")));
	}

	/**
	 * How many mails failed for good (every attempt used up), not sent again yet.
	 */
	public long failedCount() {
		return this.messages.countByStateAndResentAsIdIsNull(MailState.FAILED);
	}

	public MailContent content(UUID id) {
		MailMessage message = this.messages.findById(id).orElseThrow(() -> new NotFoundException("mail"));
		// With a mail server, the recipient reads the mail in its mailbox: the log shows
		// no
		// live token, whatever the state (pending, failed or sent). Without one, the log
		// is
		// where the mail is read, so its links stay clickable.
		boolean masked = this.mailSender.getIfAvailable() != null;
		String html = masked ? MailMessage.withoutLinkSecrets(message.htmlBody()) : message.htmlBody();
		String text = masked ? MailMessage.withoutLinkSecrets(message.textBody()) : message.textBody();
		Matcher matcher = LINK.matcher(html);
		List<String> links = matcher.results().map((result) -> result.group(1).replace("&amp;", "&")).toList();
		return new MailContent(message.toEntry(), html, text, links);
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

	private static String contains(String text) {
		String escaped = text.strip()
			.toLowerCase(Locale.ROOT)
			.replace("\\", "\\\\")
			.replace("%", "\\%")
			.replace("_", "\\_");
		return "%" + escaped + "%";
	}

	private static MailLogEntry entry(ResultSet row, int number) throws SQLException {
		return new MailLogEntry(row.getObject("id", UUID.class), row.getString("recipient"), row.getString("language"),
				row.getString("template"), row.getString("subject"), MailState.valueOf(row.getString("state")),
				row.getInt("attempts"), row.getString("last_error"), instant(row.getTimestamp("created_at")),
				instant(row.getTimestamp("delivered_at")), instant(row.getTimestamp("next_attempt_at")),
				row.getObject("resent_as_id", UUID.class));
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/**
	 * A mail as it was sent, and the links in it.
	 */
	public record MailContent(MailLogEntry entry, String html, String text, List<String> links) {
	}

}
