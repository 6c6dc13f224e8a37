package com.partnerportal.leads.web;

import java.util.UUID;

import com.partnerportal.invitation.InvitationDraft;
import com.partnerportal.leads.DeclineReason;
import com.partnerportal.leads.InvitationPrefill;
import com.partnerportal.leads.LeadState;
import com.partnerportal.leads.Leads;
import com.partnerportal.platform.PortalUser;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
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
 * The partner's Leads inbox (partner admins and sales agents): received contact requests
 * with the time left to answer, accept or decline with a reason, and a trial invitation
 * for an accepted one.
 */
@Controller
@PreAuthorize(PartnerLeadsController.SELLERS)
class PartnerLeadsController {

	static final String SELLERS = "hasAnyRole('SALES_AGENT', 'PARTNER_ADMIN')";

	static final String VIEW_LIST = "partner/leads";

	static final String VIEW_DETAIL = "partner/leads-detail";

	static final int PAGE_SIZE = 20;

	private final Leads leads;

	PartnerLeadsController(Leads leads) {
		this.leads = leads;
	}

	@GetMapping("/partner/leads")
	String list(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) LeadState state,
			@PageableDefault(size = PAGE_SIZE) Pageable pageable, Model model) {
		model.addAttribute("leads", this.leads.inbox(user.organizationId(), state, pageable));
		model.addAttribute("state", state);
		model.addAttribute("states",
				new LeadState[] { LeadState.OPEN, LeadState.ACCEPTED, LeadState.DECLINED, LeadState.EXPIRED });
		return VIEW_LIST;
	}

	@GetMapping("/partner/leads/{id}")
	String detail(@AuthenticationPrincipal PortalUser user, @PathVariable UUID id, Model model) {
		model.addAttribute("declineForm", new DeclineForm(null));
		return showDetail(user, id, model);
	}

	@PostMapping("/partner/leads/{id}/accept")
	String accept(@AuthenticationPrincipal PortalUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		this.leads.accept(user, id);
		redirect.addFlashAttribute("flash", "leads.flash.accepted");
		return "redirect:/partner/leads/" + id;
	}

	@PostMapping("/partner/leads/{id}/decline")
	String decline(@AuthenticationPrincipal PortalUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("declineForm") DeclineForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return showDetail(user, id, model);
		}
		this.leads.decline(user, id, form.reason());
		redirect.addFlashAttribute("flash", "leads.flash.declined");
		return "redirect:/partner/leads/" + id;
	}

	/**
	 * Opens the new-trial-invitation form prefilled from the accepted lead and linked to
	 * it (changes nothing: the invitation is sent from that form).
	 */
	@GetMapping("/partner/leads/{id}/invitation")
	String invite(@AuthenticationPrincipal PortalUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		InvitationPrefill prefill = this.leads.invitationPrefill(user.organizationId(), id);
		redirect.addFlashAttribute(InvitationDraft.ATTRIBUTE, new InvitationDraft(prefill.leadId(),
				prefill.companyName(), prefill.contactName(), prefill.email(), prefill.language()));
		return "redirect:/partner/invitations/new";
	}

	private String showDetail(PortalUser user, UUID id, Model model) {
		model.addAttribute("lead", this.leads.get(user.organizationId(), id));
		model.addAttribute("declineReasons", DeclineReason.values());
		return VIEW_DETAIL;
	}

}
