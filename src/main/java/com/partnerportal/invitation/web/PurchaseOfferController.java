package com.partnerportal.invitation.web;

import java.util.List;
import java.util.UUID;

import com.partnerportal.delegation.DelegatedAdmins;
import com.partnerportal.invitation.InvitationRejectedException;
import com.partnerportal.invitation.Invitations;
import com.partnerportal.invitation.PurchaseOfferLine;
import com.partnerportal.invitation.PurchaseOffers;
import com.partnerportal.invitation.RecipientAlreadyKnownException;
import com.partnerportal.platform.NotFoundException;
import com.partnerportal.platform.PortalUser;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The new-purchase-offer form, with its totals recomputed while the partner types (htmx).
 */
@Controller
@PreAuthorize(PartnerInvitationController.SELLERS)
class PurchaseOfferController {

	static final String VIEW_FORM = "partner/offer-form";

	static final String VIEW_TOTALS = "partner/offer-form :: totals";

	private final PurchaseOffers offers;

	private final Invitations invitations;

	private final DelegatedAdmins delegatedAdmins;

	PurchaseOfferController(PurchaseOffers offers, Invitations invitations, DelegatedAdmins delegatedAdmins) {
		this.offers = offers;
		this.invitations = invitations;
		this.delegatedAdmins = delegatedAdmins;
	}

	/**
	 * The form, prefilled with a customer and, from the pipeline's at-risk panel, the
	 * offer of its ending trial and its licenses (a prefill only: the POST checks all).
	 */
	@GetMapping("/partner/offers/new")
	String initCreationForm(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) UUID customerId,
			@RequestParam(required = false) String offerCode, @RequestParam(required = false) String quantity,
			Model model) {
		PurchaseOfferForm form = PurchaseOfferForm.prefilled(customerId, LocaleContextHolder.getLocale().getLanguage(),
				offerCode, quantity);
		model.addAttribute("form", form);
		return showForm(user, form, model);
	}

	@PostMapping("/partner/offers")
	String processCreationForm(@AuthenticationPrincipal PortalUser user,
			@Valid @ModelAttribute("form") PurchaseOfferForm form, BindingResult result,
			@RequestParam(defaultValue = "false") boolean sendDespiteDuplicates, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		RecipientFields.requireForNewCustomer(form.customerId(), form.companyName(), form.contactName(), form.email(),
				form.language(), result);
		form.rejectExtraRows(result);
		if (!result.hasErrors()) {
			try {
				UUID id = this.offers.send(user, form.toCommand(), sendDespiteDuplicates);
				redirect.addFlashAttribute("flash", "offer.flash.sent");
				return "redirect:/partner/invitations/" + id;
			}
			catch (RecipientAlreadyKnownException ex) {
				InvitationRejectionFields.reject(result, ex);
				model.addAttribute("duplicates", ex.duplicates());
			}
			catch (InvitationRejectedException ex) {
				InvitationRejectionFields.reject(result, ex, (ex.line() != null) ? form.rowOf(ex.line()) : 0);
			}
			catch (NotFoundException ex) {
				result.rejectValue("customerId", "invitation.customer.unknown", "invitation.customer.unknown");
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return showForm(user, form, model);
	}

	/**
	 * The totals of the lines entered so far; lines that are not complete or not allowed
	 * are left out.
	 */
	@GetMapping("/partner/offers/totals")
	String totals(@AuthenticationPrincipal PortalUser user, @ModelAttribute("form") PurchaseOfferForm form,
			BindingResult ignored, Model model) {
		addQuote(user, form, model);
		return VIEW_TOTALS;
	}

	private String showForm(PortalUser user, PurchaseOfferForm form, Model model) {
		model.addAttribute("offers", this.offers.offersFor(user.organizationId()));
		model.addAttribute("maxLines", PurchaseOffers.MAX_LINES);
		model.addAttribute("mayRequestDelegatedAdmin", this.delegatedAdmins.isEligible(user.organizationId()));
		model.addAttribute("customers", this.invitations.customersOf(user.organizationId()));
		addQuote(user, form, model);
		return VIEW_FORM;
	}

	private void addQuote(PortalUser user, PurchaseOfferForm form, Model model) {
		List<PurchaseOfferLine> complete = form.filledLines()
			.stream()
			.filter((line) -> line.quantity() != null && line.billingTerm() != null)
			.toList();
		if (complete.isEmpty()) {
			return;
		}
		try {
			model.addAttribute("quote", this.offers.quote(user.organizationId(), complete));
		}
		catch (InvitationRejectedException ex) {
			model.addAttribute("quoteProblem", ex.messageKey());
			model.addAttribute("quoteProblemArguments", ex.arguments());
		}
	}

}
