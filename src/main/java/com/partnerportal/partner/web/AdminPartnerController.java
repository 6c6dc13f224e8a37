package com.partnerportal.partner.web;

import java.util.UUID;

import com.partnerportal.partner.AgreementState;
import com.partnerportal.partner.PartnerDetail;
import com.partnerportal.partner.PartnerDirectory;
import com.partnerportal.partner.PartnerEnrollments;
import com.partnerportal.partner.PartnerSearch;
import com.partnerportal.partner.PartnerStandings;
import com.partnerportal.partner.PartnerView;
import com.partnerportal.partner.Partners;
import com.partnerportal.partner.Program;
import com.partnerportal.partner.Standing;
import com.partnerportal.platform.CloudInstance;
import com.partnerportal.platform.ConflictException;
import com.partnerportal.platform.PortalUser;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The back office's partners: search with filters, a partner's page (agreement,
 * enrollments, authorized service types, users, standing), and the changes an operator
 * makes there, each with a reason.
 */
@Controller
class AdminPartnerController {

	static final String VIEW_LIST = "admin/partners";

	static final String VIEW_DETAIL = "admin/partner-detail";

	static final int PAGE_SIZE = 25;

	static final int MAX_SEARCH = 200;

	private final Partners partners;

	private final PartnerDirectory directory;

	private final PartnerEnrollments enrollments;

	private final PartnerStandings standings;

	AdminPartnerController(Partners partners, PartnerDirectory directory, PartnerEnrollments enrollments,
			PartnerStandings standings) {
		this.partners = partners;
		this.directory = directory;
		this.enrollments = enrollments;
		this.standings = standings;
	}

	@GetMapping("/admin/partners")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) CloudInstance cloudInstance,
			@RequestParam(required = false) Program program, @RequestParam(required = false) AgreementState agreement,
			@RequestParam(required = false) Standing standing,
			@PageableDefault(size = PAGE_SIZE, sort = "name") Pageable pageable, Model model) {
		String text = (q != null && q.length() > MAX_SEARCH) ? q.substring(0, MAX_SEARCH) : q;
		PartnerSearch search = new PartnerSearch(text, cloudInstance, program, agreement, standing);
		model.addAttribute("partners", this.directory.search(search, pageable));
		model.addAttribute("search", search);
		model.addAttribute("sort", pageable.getSort().stream().findFirst().map((o) -> o.getProperty()).orElse("name"));
		model.addAttribute("cloudInstances", CloudInstance.values());
		model.addAttribute("programs", Program.values());
		model.addAttribute("agreementStates", AgreementState.values());
		model.addAttribute("standings", Standing.values());
		return VIEW_LIST;
	}

	@GetMapping("/admin/partners/{id}")
	String detail(@PathVariable UUID id, Model model) {
		PartnerDetail detail = this.directory.detail(id);
		model.addAttribute("standingForm", new StandingForm(null, ""));
		model.addAttribute("enrollmentsForm", EnrollmentsForm.of(detail.partner()));
		model.addAttribute("decisionForm", new DecisionForm(""));
		return detailPage(detail, model);
	}

	@PostMapping("/admin/partners/{id}/standing")
	String changeStanding(@AuthenticationPrincipal PortalUser admin, @PathVariable UUID id,
			@Valid @ModelAttribute("standingForm") StandingForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		PartnerView partner = this.partners.partner(id);
		if (!result.hasErrors()) {
			try {
				this.standings.change(admin, id, form.standing(), form.reason());
				redirect.addFlashAttribute("flash", "admin.partner.flash.standing");
				return "redirect:/admin/partners/" + id;
			}
			catch (ConflictException ex) {
				result.rejectValue("standing", ex.messageKey(), ex.messageKey());
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("enrollmentsForm", EnrollmentsForm.of(partner));
		model.addAttribute("decisionForm", new DecisionForm(""));
		return detailPage(this.directory.detail(id), model);
	}

	@PostMapping("/admin/partners/{id}/enrollments")
	String changeEnrollments(@AuthenticationPrincipal PortalUser admin, @PathVariable UUID id,
			@Valid @ModelAttribute("enrollmentsForm") EnrollmentsForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		PartnerView partner = this.partners.partner(id);
		if (!result.hasErrors()) {
			try {
				this.enrollments.change(admin, id, form.chosenPrograms(), form.chosenServices(), form.reason());
				redirect.addFlashAttribute("flash", "admin.partner.flash.enrollments");
				return "redirect:/admin/partners/" + id;
			}
			catch (ConflictException ex) {
				result.rejectValue("programs", ex.messageKey(), ex.messageKey());
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("standingForm", new StandingForm(null, ""));
		model.addAttribute("decisionForm", new DecisionForm(""));
		return detailPage(this.directory.detail(id), model);
	}

	@PostMapping("/admin/partners/{id}/enrollment-requests/{requestId}/grant")
	String grant(@AuthenticationPrincipal PortalUser admin, @PathVariable UUID id, @PathVariable UUID requestId,
			@Valid @ModelAttribute("decisionForm") DecisionForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return decide(admin, id, requestId, true, form, result, model, redirect, response);
	}

	@PostMapping("/admin/partners/{id}/enrollment-requests/{requestId}/decline")
	String decline(@AuthenticationPrincipal PortalUser admin, @PathVariable UUID id, @PathVariable UUID requestId,
			@Valid @ModelAttribute("decisionForm") DecisionForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return decide(admin, id, requestId, false, form, result, model, redirect, response);
	}

	private String decide(PortalUser admin, UUID id, UUID requestId, boolean grant, DecisionForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		PartnerView partner = this.partners.partner(id);
		if (!result.hasErrors()) {
			try {
				this.enrollments.decide(admin, id, requestId, grant, form.reason());
				redirect.addFlashAttribute("flash",
						grant ? "admin.partner.flash.granted" : "admin.partner.flash.declined");
				return "redirect:/admin/partners/" + id;
			}
			catch (ConflictException ex) {
				if (!"admin.partner.reason.required".equals(ex.messageKey())) {
					// answered meanwhile (another tab, another operator): the 409 page
					// says so
					throw ex;
				}
				result.rejectValue("reason", ex.messageKey(), ex.messageKey());
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("standingForm", new StandingForm(null, ""));
		model.addAttribute("enrollmentsForm", EnrollmentsForm.of(partner));
		model.addAttribute("decidedRequest", requestId);
		return detailPage(this.directory.detail(id), model);
	}

	private String detailPage(PartnerDetail detail, Model model) {
		model.addAttribute("partner", detail.partner());
		model.addAttribute("domain", detail.domain());
		model.addAttribute("acceptances", detail.acceptances());
		model.addAttribute("requests", detail.requests());
		model.addAttribute("users", detail.users());
		model.addAttribute("serviceCodes", detail.serviceCodes());
		model.addAttribute("programs", Program.values());
		model.addAttribute("standings", Standing.values());
		return VIEW_DETAIL;
	}

}
