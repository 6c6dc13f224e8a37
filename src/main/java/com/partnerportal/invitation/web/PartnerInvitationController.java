package com.partnerportal.invitation.web;

import java.util.UUID;

import com.partnerportal.audit.ActivityLog;
import com.partnerportal.customer.Tenants;
import com.partnerportal.delegation.DelegatedAdmins;
import com.partnerportal.invitation.DelegatedAdminRequests;
import com.partnerportal.invitation.InvitationDraft;
import com.partnerportal.invitation.InvitationKind;
import com.partnerportal.invitation.InvitationRejectedException;
import com.partnerportal.invitation.InvitationState;
import com.partnerportal.invitation.InvitationSummary;
import com.partnerportal.invitation.Invitations;
import com.partnerportal.invitation.RecipientAlreadyKnownException;
import com.partnerportal.platform.ConflictException;
import com.partnerportal.platform.ForbiddenException;
import com.partnerportal.platform.NotFoundException;
import com.partnerportal.platform.PortalUser;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
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
 * The partner's invitations (trial invitations and purchase offers): overview, list,
 * detail, revoke, resend; and the new-trial-invitation form.
 */
@Controller
class PartnerInvitationController {

	static final String VIEW_OVERVIEW = "partner/overview";

	static final String VIEW_LIST = "partner/invitations";

	static final String VIEW_FORM = "partner/invitation-form";

	static final String VIEW_DETAIL = "partner/invitation-detail";

	static final String VIEW_DELEGATED_ADMIN_REQUEST = "partner/delegated-admin-request";

	static final String VIEW_REVOKE = "partner/revoke-invitation";

	static final int PAGE_SIZE = 20;

	static final String SELLERS = "hasAnyRole('SALES_AGENT', 'PARTNER_ADMIN')";

	private final Invitations invitations;

	private final ActivityLog activityLog;

	private final DelegatedAdmins delegatedAdmins;

	private final DelegatedAdminRequests delegatedAdminRequests;

	private final Tenants customerTenants;

	PartnerInvitationController(Invitations invitations, ActivityLog activityLog, DelegatedAdmins delegatedAdmins,
			DelegatedAdminRequests delegatedAdminRequests, Tenants customerTenants) {
		this.invitations = invitations;
		this.activityLog = activityLog;
		this.delegatedAdmins = delegatedAdmins;
		this.delegatedAdminRequests = delegatedAdminRequests;
		this.customerTenants = customerTenants;
	}

	@GetMapping("/partner")
	String overview(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("overview", this.invitations.overview(user.organizationId()));
		return VIEW_OVERVIEW;
	}

	@GetMapping("/partner/invitations")
	String list(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) InvitationKind kind,
			@RequestParam(required = false) InvitationState state,
			@PageableDefault(size = PAGE_SIZE, sort = "createdAt", direction = Sort.Direction.DESC) Pageable pageable,
			Model model) {
		model.addAttribute("invitations", this.invitations.list(user.organizationId(), kind, state, pageable));
		model.addAttribute("kind", kind);
		model.addAttribute("state", state);
		model.addAttribute("states", InvitationState.values());
		return VIEW_LIST;
	}

	@GetMapping("/partner/invitations/new")
	@PreAuthorize(SELLERS)
	String initCreationForm(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) UUID customerId,
			Model model) {
		String language = LocaleContextHolder.getLocale().getLanguage();
		// an accepted contact request hands its contact over (leads module, flash
		// attribute)
		model.addAttribute("form",
				(customerId == null && model.getAttribute(InvitationDraft.ATTRIBUTE) instanceof InvitationDraft draft)
						? TrialInvitationForm.from(draft, language) : TrialInvitationForm.empty(customerId, language));
		return showForm(user, model);
	}

	@PostMapping("/partner/invitations")
	@PreAuthorize(SELLERS)
	String processCreationForm(@AuthenticationPrincipal PortalUser user,
			@Valid @ModelAttribute("form") TrialInvitationForm form, BindingResult result,
			@RequestParam(defaultValue = "false") boolean sendDespiteDuplicates, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		RecipientFields.requireForNewCustomer(form.customerId(), form.companyName(), form.contactName(), form.email(),
				form.language(), result);
		if (!result.hasErrors()) {
			try {
				UUID id = this.invitations.send(user, form.toCommand(), sendDespiteDuplicates);
				redirect.addFlashAttribute("flash", "invitation.flash.sent");
				return "redirect:/partner/invitations/" + id;
			}
			catch (RecipientAlreadyKnownException ex) {
				InvitationRejectionFields.reject(result, ex);
				model.addAttribute("duplicates", ex.duplicates());
			}
			catch (InvitationRejectedException ex) {
				InvitationRejectionFields.reject(result, ex);
			}
			catch (NotFoundException ex) {
				result.rejectValue("customerId", "invitation.customer.unknown", "invitation.customer.unknown");
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return showForm(user, model);
	}

	@GetMapping("/partner/invitations/{id}")
	String detail(@AuthenticationPrincipal PortalUser user, @PathVariable UUID id, Model model) {
		model.addAttribute("invitation", this.invitations.get(user.organizationId(), id));
		model.addAttribute("activity", this.activityLog.aboutSubject(id));
		return VIEW_DETAIL;
	}

	/**
	 * Revoking asks first: this page changes nothing.
	 */
	@GetMapping("/partner/invitations/{id}/revoke")
	@PreAuthorize(SELLERS)
	String confirmRevoke(@AuthenticationPrincipal PortalUser user, @PathVariable UUID id, Model model,
			RedirectAttributes redirect) {
		InvitationSummary invitation = this.invitations.get(user.organizationId(), id);
		if (!invitation.isOpen()) {
			throw new ConflictException("invitation.revoke.not-possible",
					new DefaultMessageSourceResolvable("invitation.state." + invitation.state().name()));
		}
		model.addAttribute("invitation", invitation);
		return VIEW_REVOKE;
	}

	/**
	 * Revokes once confirmed; a POST without the confirmation (a one-click form) only
	 * asks.
	 */
	@PostMapping("/partner/invitations/{id}/revoke")
	@PreAuthorize(SELLERS)
	String revoke(@AuthenticationPrincipal PortalUser user, @PathVariable UUID id,
			@RequestParam(defaultValue = "false") boolean confirmed, Model model, RedirectAttributes redirect) {
		if (!confirmed) {
			return confirmRevoke(user, id, model, redirect);
		}
		this.invitations.revoke(user, id);
		redirect.addFlashAttribute("flash", "invitation.flash.revoked");
		return "redirect:/partner/invitations/" + id;
	}

	@PostMapping("/partner/invitations/{id}/resend")
	@PreAuthorize(SELLERS)
	String resend(@AuthenticationPrincipal PortalUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		this.invitations.resend(user, id);
		redirect.addFlashAttribute("flash", "invitation.flash.resent");
		return "redirect:/partner/invitations/" + id;
	}

	/**
	 * Sends one of the partner's customers a request, alone, to approve the partner as
	 * its delegated admin, on the terms entered (the form of
	 * {@link #initDelegatedAdminRequestForm} for that customer).
	 */
	@PostMapping("/partner/customers/{customerId}/delegated-admin-request")
	@PreAuthorize(SELLERS)
	String requestDelegatedAdmin(@AuthenticationPrincipal PortalUser user, @PathVariable UUID customerId,
			@ModelAttribute("form") DelegatedAdminRequestForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (!result.hasErrors()) {
			try {
				UUID id = this.delegatedAdminRequests.send(user, customerId, form.terms());
				redirect.addFlashAttribute("flash", "delegation.flash.requested");
				return "redirect:/partner/invitations/" + id;
			}
			catch (InvitationRejectedException ex) {
				if (ex.reason() == InvitationRejectedException.Reason.NOT_ELIGIBLE_FOR_DELEGATED_ADMIN) {
					throw new ForbiddenException(ex.messageKey());
				}
				if (!InvitationRejectionFields.isAboutTerms(ex.reason())) {
					// already its delegated admin, or a request is open: nothing to send
					throw new ConflictException(ex.messageKey());
				}
				InvitationRejectionFields.reject(result, ex);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("customer", this.customerTenants.customerOfPartner(customerId, user.organizationId()));
		return VIEW_DELEGATED_ADMIN_REQUEST;
	}

	/**
	 * The request form: for one of the partner's customers ({@code customerId}), or for
	 * the tenant with a domain.
	 */
	@GetMapping("/partner/delegated-admin-requests/new")
	@PreAuthorize(SELLERS)
	String initDelegatedAdminRequestForm(@AuthenticationPrincipal PortalUser user,
			@RequestParam(required = false) UUID customerId, Model model) {
		if (!this.delegatedAdmins.isEligible(user.organizationId())) {
			throw new ForbiddenException("delegation.not-eligible");
		}
		if (customerId != null) {
			model.addAttribute("customer", this.customerTenants.customerOfPartner(customerId, user.organizationId()));
		}
		model.addAttribute("form", DelegatedAdminRequestForm.empty());
		return VIEW_DELEGATED_ADMIN_REQUEST;
	}

	/**
	 * Sends the admin of the tenant with this domain a request to approve the partner as
	 * its delegated admin, on the terms entered.
	 */
	@PostMapping("/partner/delegated-admin-requests")
	@PreAuthorize(SELLERS)
	String processDelegatedAdminRequestForm(@AuthenticationPrincipal PortalUser user,
			@ModelAttribute("form") DelegatedAdminRequestForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (!result.hasErrors()) {
			try {
				UUID id = this.delegatedAdminRequests.sendToTenant(user, form.domain(), form.terms());
				redirect.addFlashAttribute("flash", "delegation.flash.requested");
				return "redirect:/partner/invitations/" + id;
			}
			catch (InvitationRejectedException ex) {
				// the form has no delegated-admin checkbox: what is about it is about the
				// tenant named
				String field = InvitationRejectionFields.fieldOf(ex.reason(), 0);
				result.rejectValue("delegatedAdmin".equals(field) ? "domain" : field, ex.messageKey(), ex.arguments(),
						ex.messageKey());
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return VIEW_DELEGATED_ADMIN_REQUEST;
	}

	private String showForm(PortalUser user, Model model) {
		model.addAttribute("offers", this.invitations.trialOffersFor(user.organizationId()));
		model.addAttribute("mayRequestDelegatedAdmin", this.delegatedAdmins.isEligible(user.organizationId()));
		model.addAttribute("customers", this.invitations.customersOf(user.organizationId()));
		return VIEW_FORM;
	}

}
