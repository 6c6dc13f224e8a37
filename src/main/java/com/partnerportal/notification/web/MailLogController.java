package com.partnerportal.notification.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.partnerportal.notification.MailLog;
import com.partnerportal.notification.MailState;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The back office's mail log: every mail, rendered, with its delivery state.
 */
@Controller
class MailLogController {

	static final String VIEW_LIST = "admin/mail-log";

	static final String VIEW_DETAIL = "admin/mail-detail";

	static final int PAGE_SIZE = 25;

	/**
	 * The mail's own HTML is shown in a sandboxed frame: no scripts, no forms, its own
	 * inline styles; links open in a new tab.
	 */
	static final String MAIL_BODY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
			+ "frame-ancestors 'self'; sandbox allow-popups allow-popups-to-escape-sandbox";

	private final MailLog mailLog;

	MailLogController(MailLog mailLog) {
		this.mailLog = mailLog;
	}

	@GetMapping("/admin/mail")
	String list(@RequestParam(required = false) MailState state,
			@PageableDefault(size = PAGE_SIZE, sort = "createdAt", direction = Sort.Direction.DESC) Pageable pageable,
			Model model) {
		model.addAttribute("mails", this.mailLog.entries(state, pageable));
		model.addAttribute("state", state);
		model.addAttribute("states", MailState.values());
		return VIEW_LIST;
	}

	@GetMapping("/admin/mail/{id}")
	String detail(@PathVariable UUID id, Model model) {
		model.addAttribute("mail", this.mailLog.content(id));
		return VIEW_DETAIL;
	}

	@GetMapping("/admin/mail/{id}/body")
	ResponseEntity<String> body(@PathVariable UUID id, HttpServletResponse response) {
		String html = this.mailLog.content(id).html().replace("<head>", "<head><base target=\"_blank\">");
		response.setHeader("Content-Security-Policy", MAIL_BODY_POLICY);
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(html);
	}

}
