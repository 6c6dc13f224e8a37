package com.partnerportal.platform.web;

import java.util.List;

import com.partnerportal.platform.AttentionItem;
import com.partnerportal.platform.BackOfficeAttention;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The back office's start page: what needs attention now, as counts that open the
 * filtered lists. Each module that owns such data contributes its counts.
 */
@Controller
class AdminHomeController {

	static final String VIEW_HOME = "admin/home";

	private final List<BackOfficeAttention> attention;

	AdminHomeController(List<BackOfficeAttention> attention) {
		this.attention = attention;
	}

	@GetMapping("/admin")
	String home(Model model) {
		List<AttentionItem> items = this.attention.stream()
			.flatMap((contributor) -> contributor.attentionItems().stream())
			.toList();
		model.addAttribute("attention", items);
		return VIEW_HOME;
	}

}
