package com.partnerportal.audit.web;

import com.partnerportal.audit.ActivityLog;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

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
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("entries", this.activityLog.recent(PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
		return VIEW_LIST;
	}

}
