package com.partnerportal.notification;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.partnerportal.platform.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the mail log (back office).
 */
@Service
@Transactional(readOnly = true)
public class MailLog {

	private static final Pattern LINK = Pattern.compile("href=\"(https?://[^\"]+)\"");

	private final MailMessageRepository messages;

	MailLog(MailMessageRepository messages) {
		this.messages = messages;
	}

	public Page<MailLogEntry> entries(MailState state, Pageable pageable) {
		Page<MailMessage> page = (state != null) ? this.messages.findByStateOrderByCreatedAtDesc(state, pageable)
				: this.messages.findAllByOrderByCreatedAtDesc(pageable);
		return page.map(MailMessage::toEntry);
	}

	public MailContent content(UUID id) {
		MailMessage message = this.messages.findById(id).orElseThrow(() -> new NotFoundException("mail"));
		Matcher matcher = LINK.matcher(message.htmlBody());
		List<String> links = matcher.results().map((result) -> result.group(1).replace("&amp;", "&")).toList();
		return new MailContent(message.toEntry(), message.htmlBody(), message.textBody(), links);
	}

	/**
	 * A mail as it was sent, and the links in it.
	 */
	public record MailContent(MailLogEntry entry, String html, String text, List<String> links) {
	}

}
