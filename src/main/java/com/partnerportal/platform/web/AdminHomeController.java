package com.partnerportal.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The back office's start page.
 */
@Controller
class AdminHomeController {

	static final String VIEW_HOME = "admin/home";

	@GetMapping("/admin")
	String home() {
		return VIEW_HOME;
	}

}
