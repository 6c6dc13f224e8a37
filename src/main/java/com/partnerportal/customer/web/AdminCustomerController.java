package com.partnerportal.customer.web;

import java.util.List;
import java.util.Locale;

import com.partnerportal.customer.CustomerDirectory;
import com.partnerportal.platform.CloudInstance;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The back office's list of every customer: search, filters, sort, pages.
 */
@Controller
class AdminCustomerController {

	static final String VIEW_LIST = "admin/customers";

	static final int PAGE_SIZE = 25;

	private final CustomerDirectory directory;

	AdminCustomerController(CustomerDirectory directory) {
		this.directory = directory;
	}

	@GetMapping("/admin/customers")
	String list(@ModelAttribute("search") AdminCustomerSearchForm search, BindingResult result,
			@PageableDefault(size = PAGE_SIZE, sort = "name") Pageable pageable, Model model,
			HttpServletResponse response) {
		search.validate(result);
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("customers", new SliceImpl<>(List.of()));
		}
		else {
			model.addAttribute("customers", this.directory.search(search.toSearch(), pageable));
		}
		model.addAttribute("instances", CloudInstance.values());
		model.addAttribute("sort",
				pageable.getSort()
					.stream()
					.findFirst()
					.map((order) -> order.getProperty() + "," + order.getDirection().name().toLowerCase(Locale.ROOT))
					.orElse(null));
		return VIEW_LIST;
	}

}
