package com.partnerportal.audit.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.partnerportal.audit.ActivityDetails;
import com.partnerportal.audit.ActivityEntry;
import com.partnerportal.audit.ActivityFilter;
import com.partnerportal.audit.ActivityLog;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.PortalUser;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The customer's activity page: what partners (or everybody) did in its tenant,
 * filterable, and exportable as CSV with the same filters.
 */
@Controller
class CustomerActivityController {

	static final String VIEW_ACTIVITY = "customer/activity";

	static final int PAGE_SIZE = 50;

	private static final int CSV_PAGE = 500;

	private final ActivityLog activityLog;

	private final Partners partners;

	private final MessageSource messages;

	private final CustomerActivityPage activityPage;

	CustomerActivityController(ActivityLog activityLog, Partners partners, CustomerActivityPage activityPage,
			MessageSource messages) {
		this.activityPage = activityPage;
		this.activityLog = activityLog;
		this.partners = partners;
		this.messages = messages;
	}

	@GetMapping("/customer/activity")
	String activity(@AuthenticationPrincipal PortalUser user, @RequestParam(defaultValue = "partners") String who,
			@RequestParam(required = false) UUID partner, @RequestParam(required = false) String action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@PageableDefault(size = PAGE_SIZE, sort = "occurredAt", direction = Sort.Direction.DESC) Pageable pageable,
			Model model) {
		UUID customerId = user.organizationId();
		ActivityFilter filter = new ActivityFilter(!"everyone".equals(who), partner, action, from, to);
		CustomerActivityPage.Content content = this.activityPage.read(customerId, filter, pageable);
		model.addAttribute("entries", content.entries());
		model.addAttribute("partnerNames", content.partnerNames());
		model.addAttribute("actions", content.actions());
		model.addAttribute("filter", filter);
		model.addAttribute("who", who);
		return VIEW_ACTIVITY;
	}

	@GetMapping(path = "/customer/activity.csv")
	void export(@AuthenticationPrincipal PortalUser user, @RequestParam(defaultValue = "partners") String who,
			@RequestParam(required = false) UUID partner, @RequestParam(required = false) String action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			HttpServletResponse response) throws IOException {
		UUID customerId = user.organizationId();
		ActivityFilter filter = new ActivityFilter(!"everyone".equals(who), partner, action, from, to);
		Locale locale = LocaleContextHolder.getLocale();
		Map<UUID, String> partnerNames = this.partners.names(this.activityLog.partnersIn(customerId));
		response.setContentType("text/csv");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader("Content-Disposition", "attachment; filename=\"activity.csv\"");
		PrintWriter out = response.getWriter();
		out.print('\uFEFF');
		out.print(String.join(",", csv(text("activityCsv.time", locale)), csv(text("activityCsv.partner", locale)),
				csv(text("activityCsv.user", locale)), csv(text("activityCsv.action", locale)),
				csv(text("activityCsv.target", locale))));
		out.print("\r\n");
		Slice<ActivityEntry> page;
		int number = 0;
		do {
			page = this.activityLog.ofCustomer(customerId, filter, PageRequest.of(number++, CSV_PAGE));
			for (ActivityEntry entry : page) {
				out.print(String
					.join(",", csv(DateTimeFormatter.ISO_INSTANT.format(entry.occurredAt())),
							csv((entry.partnerId() != null) ? partnerNames.getOrDefault(entry.partnerId(), "") : ""),
							csv(entry.actorName()),
							csv(this.messages.getMessage("activity." + entry.action(), null, entry.action(), locale)
									+ viaRole(entry, locale)),
							csv(ActivityDetails.text(this.messages, entry, locale))));
				out.print("\r\n");
			}
		}
		while (page.hasNext());
		out.flush();
	}

	/**
	 * The delegated role a partner acted by, after the action: " · via role: …", or
	 * nothing.
	 */
	private String viaRole(ActivityEntry entry, Locale locale) {
		if (entry.delegatedRole() == null) {
			return "";
		}
		String role = this.messages.getMessage("access.role." + entry.delegatedRole(), null, entry.delegatedRole(),
				locale);
		return " · " + this.messages.getMessage("access.activity.viaRole", new Object[] { role }, locale);
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	/**
	 * A CSV field: quoted, quotes doubled, and a leading = + - @ neutralized so that a
	 * spreadsheet does not run it as a formula.
	 */
	static String csv(String value) {
		if (value == null) {
			return "\"\"";
		}
		String text = value;
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

}
