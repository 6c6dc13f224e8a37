package com.partnerportal.platform.web;

import com.partnerportal.platform.PortalUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public front page and the sign-in page.
 */
@Controller
class HomeController {

	private static final String VIEW_HOME = "home";

	private static final String VIEW_LOGIN = "login";

	@GetMapping("/")
	String home(@AuthenticationPrincipal PortalUser user) {
		if (user != null) {
			return "redirect:" + user.kind().homePath();
		}
		return VIEW_HOME;
	}

	@GetMapping("/login")
	String login() {
		return VIEW_LOGIN;
	}

}
