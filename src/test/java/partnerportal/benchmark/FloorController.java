package partnerportal.benchmark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The floor: a minimal page on the portal's stack (Spring MVC, Thymeleaf, Spring Data
 * JPA), after TechEmpower's Fortunes: one query of 12 rows, one row added at request
 * time, sorted by message, every text escaped by the template. What a page of the portal
 * could cost at best; the benchmark measures each page against it in the same run.
 */
@Controller
class FloorController {

	static final String VIEW = "benchmark/floor";

	private final Fortunes fortunes;

	FloorController(Fortunes fortunes) {
		this.fortunes = fortunes;
	}

	@GetMapping("/benchmark/floor")
	String fortunes(Model model) {
		List<Fortune> all = new ArrayList<>(this.fortunes.findAll());
		all.add(new Fortune(0, "Additional fortune added at request time."));
		all.sort(Comparator.comparing(Fortune::getMessage));
		model.addAttribute("fortunes", all);
		return VIEW;
	}

}
