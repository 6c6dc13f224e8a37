package com.partnerportal.audit.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.partnerportal.audit.ActivityDetails;
import com.partnerportal.audit.ActivityEntry;
import com.partnerportal.audit.ActivityLog;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The back office's activity log: the whole log (no period imposed), filtered by actor,
 * partner, customer, action and period, and exported as CSV with the same filters.
 */
@Controller
class ActivityLogController {

	static final String VIEW_LIST = "admin/activity";

	static final int PAGE_SIZE = 50;

	/** Entries read at a time for the CSV export. */
	static final int CSV_CHUNK = 500;

	private final ActivityLog activityLog;

	private final ActivityLogPage page;

	private final MessageSource messages;

	ActivityLogController(ActivityLog activityLog, ActivityLogPage page, MessageSource messages) {
		this.activityLog = activityLog;
		this.page = page;
		this.messages = messages;
	}

	@GetMapping("/admin/activity")
	String list(@ModelAttribute("search") ActivitySearchForm search, BindingResult result,
			@PageableDefault(size = PAGE_SIZE, sort = "occurredAt", direction = Sort.Direction.DESC) Pageable pageable,
			Model model, HttpServletResponse response) {
		search.validate(result);
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("entries", new SliceImpl<ActivityEntry>(List.of(), pageable, false));
			model.addAttribute("partnerNames", Map.of());
			model.addAttribute("customerNames", Map.of());
			return VIEW_LIST;
		}
		ActivityLogPage.Content content = this.page.read(search.toSearch(), pageable);
		model.addAttribute("entries", content.entries());
		model.addAttribute("partnerNames", content.partnerNames());
		model.addAttribute("customerNames", content.customerNames());
		return VIEW_LIST;
	}

	/**
	 * The filtered entries as CSV (UTF-8 with a byte-order mark for Excel), streamed a
	 * chunk at a time: memory stays bounded however long the log. Bad filters get the
	 * page with their messages instead.
	 */
	@GetMapping("/admin/activity.csv")
	String export(@ModelAttribute("search") ActivitySearchForm search, BindingResult result, Model model,
			HttpServletResponse response) throws IOException {
		search.validate(result);
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("entries", new SliceImpl<ActivityEntry>(List.of()));
			model.addAttribute("partnerNames", Map.of());
			model.addAttribute("customerNames", Map.of());
			return VIEW_LIST;
		}
		Locale locale = LocaleContextHolder.getLocale();
		response.setContentType("text/csv; charset=UTF-8");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader("Content-Disposition", "attachment; filename=\"activity.csv\"");
		response.setHeader("Cache-Control", "no-store");
		PrintWriter out = response.getWriter();
		out.print(ActivityCsv.BOM);
		out.print(ActivityCsv.row(text("activityLog.csv.time", locale), text("activityLog.csv.actorKind", locale),
				text("activityLog.csv.actor", locale), text("activityLog.csv.partner", locale),
				text("activityLog.csv.customer", locale), text("activityLog.csv.action", locale),
				text("activityLog.csv.detail", locale)));
		this.activityLog.export(search.toSearch(), CSV_CHUNK, (chunk) -> {
			Map<UUID, String> partnerNames = this.page.partnerNames(chunk);
			Map<UUID, String> customerNames = this.page.customerNames(chunk);
			for (ActivityEntry entry : chunk) {
				out.print(ActivityCsv.row(DateTimeFormatter.ISO_INSTANT.format(entry.occurredAt()),
						text("activity.actor." + entry.actorKind(), locale), entry.actorName(),
						(entry.partnerId() != null) ? partnerNames.getOrDefault(entry.partnerId(), "") : "",
						(entry.customerId() != null) ? customerNames.getOrDefault(entry.customerId(), "") : "",
						this.messages.getMessage("activity." + entry.action(), null, entry.action(), locale),
						ActivityDetails.text(this.messages, entry, locale)));
			}
			out.flush();
		});
		out.flush();
		return null;
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
