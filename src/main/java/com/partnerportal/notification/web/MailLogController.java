package com.partnerportal.notification.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.partnerportal.notification.MailLog;
import com.partnerportal.notification.MailLogEntry;
import com.partnerportal.notification.MailOutbox;
import com.partnerportal.notification.MailState;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.PortalUser;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

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

	private final MailOutbox mailOutbox;

	MailLogController(MailLog mailLog, MailOutbox mailOutbox) {
		this.mailLog = mailLog;
		this.mailOutbox = mailOutbox;
	}

	@GetMapping("/admin/mail")
	String list(@ModelAttribute("search") MailSearchForm search, BindingResult result,
			@PageableDefault(size = PAGE_SIZE, sort = "createdAt", direction = Sort.Direction.DESC) Pageable pageable,
			Model model, HttpServletResponse response) {
		search.validate(result);
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("mails", new SliceImpl<MailLogEntry>(List.of(), pageable, false));
		}
		else {
			model.addAttribute("mails", this.mailLog.search(search.toSearch(), pageable));
		}
		model.addAttribute("states", MailState.values());
		return VIEW_LIST;
	}

	/**
	 * Sends a failed mail again (a back-office admin only: security configuration), as a
	 * new mail through the outbox; the activity log records it.
	 */
	@PostMapping("/admin/mail/{id}/resend")
	String resend(@AuthenticationPrincipal PortalUser operator, @PathVariable UUID id, RedirectAttributes redirect) {
		UUID again = this.mailOutbox.resend(id, Actor.of(operator));
		redirect.addFlashAttribute("flash", "mailLog.resend.flash");
		return "redirect:/admin/mail/" + again;
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
