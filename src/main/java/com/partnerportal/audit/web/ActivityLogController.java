package com.partnerportal.audit.web;

import com.partnerportal.audit.ActivityLog;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The back office's activity log.
 */
@Controller
class ActivityLogController {

	static final String VIEW_LIST = "admin/activity";

	static final int PAGE_SIZE = 50;

	private final ActivityLog activityLog;

	ActivityLogController(ActivityLog activityLog) {
		this.activityLog = activityLog;
	}

	@GetMapping("/admin/activity")
	String list(
			@PageableDefault(size = PAGE_SIZE, sort = "occurredAt", direction = Sort.Direction.DESC) Pageable pageable,
			Model model) {
		model.addAttribute("entries", this.activityLog.recent(pageable));
		return VIEW_LIST;
	}

}
