package com.partnerportal.leads.web;

import java.util.List;
import java.util.UUID;

import com.partnerportal.customer.CustomerContact;
import com.partnerportal.leads.CompanySize;
import com.partnerportal.leads.Leads;
import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.ConflictException;
import com.partnerportal.platform.ForbiddenException;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.platform.throttle.ThrottleLimit;
import com.partnerportal.platform.throttle.Throttled;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A visitor or a signed-in customer writes to a partner from the marketplace; a visitor
 * confirms its email through the emailed link (the GET shows, the POST confirms). Both
 * POSTs send mail: throttled per client address, and the request also per email.
 */
@Controller
class ContactRequestController {

	static final String VIEW_FORM = "leads/contact-form";

	static final String VIEW_SENT = "leads/contact-sent";

	static final String VIEW_VERIFY = "leads/verify";

	static final String VIEW_VERIFIED = "leads/verified";

	private final Leads leads;

	ContactRequestController(Leads leads) {
		this.leads = leads;
	}

	@GetMapping("/marketplace/partners/{partnerId}/contact")
	String initCreationForm(@AuthenticationPrincipal PortalUser user, @PathVariable UUID partnerId, Model model) {
		ContactRequestForm form = ContactRequestForm.empty();
		CustomerContact contact = customerContact(user);
		if (contact != null) {
			form = new ContactRequestForm(contact.name(), contact.email(), contact.customerName(), null, List.of(),
					null);
		}
		model.addAttribute("form", form);
		return showForm(partnerId, contact, model);
	}

	@PostMapping("/marketplace/partners/{partnerId}/contact")
	@Throttled({ ThrottleLimit.LEAD_PER_ADDRESS, ThrottleLimit.LEAD_PER_EMAIL })
	String processCreationForm(@AuthenticationPrincipal PortalUser user, @PathVariable UUID partnerId,
			@Valid @ModelAttribute("form") ContactRequestForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		CustomerContact contact = customerContact(user);
		if (!result.hasErrors()) {
			String language = (user != null) ? user.locale().getLanguage()
					: LocaleContextHolder.getLocale().getLanguage();
			try {
				boolean waitsForVerification = this.leads.submit(partnerId, form.toCommand(language), user);
				redirect.addFlashAttribute("waitsForVerification", waitsForVerification);
				redirect.addFlashAttribute("flash",
						waitsForVerification ? "leads.flash.verifyEmail" : "leads.flash.sent");
				return "redirect:/marketplace/partners/" + partnerId + "/contact/sent";
			}
			catch (ConflictException ex) {
				if (Leads.NOT_TAKING_LEADS.equals(ex.messageKey())) {
					// not about a field: the 409 page says that the partner takes none
					throw ex;
				}
				result.rejectValue("serviceCodes", ex.messageKey(), ex.messageKey());
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return showForm(partnerId, contact, model);
	}

	@GetMapping("/marketplace/partners/{partnerId}/contact/sent")
	String sent(@PathVariable UUID partnerId, Model model) {
		model.addAttribute("partnerId", partnerId);
		model.addAttribute("partnerName", this.leads.contactablePartner(partnerId));
		return VIEW_SENT;
	}

	/**
	 * Shows what the link confirms; changes nothing (mail scanners open links).
	 */
	@GetMapping("/marketplace/leads/verify/{token}")
	String showVerification(@PathVariable String token, Model model) {
		model.addAttribute("link", this.leads.verificationLink(token));
		model.addAttribute("token", token);
		return VIEW_VERIFY;
	}

	@PostMapping("/marketplace/leads/verify/{token}")
	@Throttled(ThrottleLimit.LEAD_LINK_PER_ADDRESS)
	String verify(@PathVariable String token, RedirectAttributes redirect) {
		String partnerName = this.leads.verify(token);
		redirect.addFlashAttribute("partnerName", partnerName);
		redirect.addFlashAttribute("flash", "leads.flash.verified");
		return "redirect:/marketplace/leads/verified";
	}

	@GetMapping("/marketplace/leads/verified")
	String verified() {
		return VIEW_VERIFIED;
	}

	/**
	 * A signed-in customer writes from its contact address; other signed-in accounts
	 * (partner users, the back office) do not write contact requests.
	 */
	private CustomerContact customerContact(PortalUser user) {
		if (user == null) {
			return null;
		}
		if (user.kind() != AccountKind.CUSTOMER_ADMIN) {
			throw new ForbiddenException("leads.contact.customersOnly");
		}
		return this.leads.contactOf(user);
	}

	private String showForm(UUID partnerId, CustomerContact contact, Model model) {
		model.addAttribute("partnerId", partnerId);
		model.addAttribute("partnerName", this.leads.contactablePartner(partnerId));
		model.addAttribute("customerContact", contact);
		model.addAttribute("serviceCodes", this.leads.serviceCodes());
		model.addAttribute("companySizes", CompanySize.values());
		return VIEW_FORM;
	}

}
