package com.partnerportal.notification;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.partnerportal.platform.NotFoundException;
import com.partnerportal.platform.SortableColumns;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
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

	private static final Pattern LINK = Pattern.compile("href=\"(https?://[^\"]+)\"");

	private final MailMessageRepository messages;

	private final ObjectProvider<JavaMailSender> mailSender;

	MailLog(MailMessageRepository messages, ObjectProvider<JavaMailSender> mailSender) {
		this.messages = messages;
		this.mailSender = mailSender;
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

	/**
	 * A mail as it was sent, and the links in it.
	 */
	public record MailContent(MailLogEntry entry, String html, String text, List<String> links) {
	}

}
