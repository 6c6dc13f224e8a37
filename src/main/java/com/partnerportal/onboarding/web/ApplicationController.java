package com.partnerportal.onboarding.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.partnerportal.onboarding.ApplicationDetail;
import com.partnerportal.onboarding.ApplicationRefusedException;
import com.partnerportal.onboarding.ApplicationState;
import com.partnerportal.onboarding.PartnerApplications;
import com.partnerportal.partner.Program;
import com.partnerportal.platform.CloudInstance;
import com.partnerportal.platform.NotFoundException;
import com.partnerportal.platform.throttle.ThrottleLimit;
import com.partnerportal.platform.throttle.Throttled;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public application to join the partner network: the form, the verification of the
 * contact's email by its link (a GET shows, a POST verifies), a new verification mail
 * after a delay, and the form of the changes the back office asked for. Each is throttled
 * where it sends mail.
 */
@Controller
class ApplicationController {

	static final String VIEW_FORM = "onboarding/apply";

	static final String VIEW_SENT = "onboarding/sent";

	static final String VIEW_VERIFY = "onboarding/verify";

	static final String VIEW_CHANGES = "onboarding/changes";

	static final String VIEW_DONE = "onboarding/done";

	static final String VIEW_UNUSABLE = "onboarding/link-unusable";

	private final PartnerApplications applications;

	ApplicationController(PartnerApplications applications) {
		this.applications = applications;
	}

	@GetMapping("/partners/apply")
	String initCreationForm(Model model, Locale locale) {
		model.addAttribute("applicationForm", ApplicationForm.empty(locale));
		return form(model, locale);
	}

	@PostMapping("/partners/apply")
	@Throttled({ ThrottleLimit.APPLICATION_PER_ADDRESS, ThrottleLimit.APPLICATION_PER_EMAIL })
	String processCreationForm(@ModelAttribute("applicationForm") ApplicationForm form, BindingResult result,
			Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		form.validate(result, this.applications.serviceCodes());
		if (!result.hasErrors()) {
			try {
				this.applications.apply(form.toApplication());
				redirect.addFlashAttribute("flash", "onboarding.apply.flash.sent");
				redirect.addFlashAttribute("flashArgs", new Object[] { form.contactEmail().strip() });
				return "redirect:/partners/apply/sent";
			}
			catch (ApplicationRefusedException ex) {
				result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return form(model, locale);
	}

	@GetMapping("/partners/apply/sent")
	String sent(Model model) {
		model.addAttribute("resendForm", new ResendForm(""));
		return VIEW_SENT;
	}

	@PostMapping("/partners/apply/resend")
	@Throttled({ ThrottleLimit.APPLICATION_PER_ADDRESS, ThrottleLimit.APPLICATION_PER_EMAIL })
	String resend(@ModelAttribute("resendForm") ResendForm form, BindingResult result, RedirectAttributes redirect,
			HttpServletResponse response) {
		form.validate(result);
		if (!result.hasErrors()) {
			try {
				this.applications.resendVerification(form.contactEmail());
				redirect.addFlashAttribute("flash", "onboarding.resend.flash");
				redirect.addFlashAttribute("flashArgs", new Object[] { form.contactEmail().strip() });
				return "redirect:/partners/apply/sent";
			}
			catch (ApplicationRefusedException ex) {
				result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return VIEW_SENT;
	}

	@GetMapping("/partners/apply/verify/{token}")
	String showVerification(@PathVariable String token, Model model, HttpServletResponse response) {
		Optional<ApplicationDetail> application = this.applications.byLink(token)
			.filter((found) -> found.state() == ApplicationState.UNVERIFIED);
		if (application.isEmpty()) {
			return unusable(response);
		}
		model.addAttribute("partnerApplication", application.get());
		model.addAttribute("token", token);
		return VIEW_VERIFY;
	}

	@PostMapping("/partners/apply/verify/{token}")
	String verify(@PathVariable String token, Model model, HttpServletResponse response) {
		try {
			ApplicationDetail application = this.applications.verify(token);
			model.addAttribute("messageKey", "onboarding.verified.text");
			model.addAttribute("messageArgs", new Object[] { application.legalName() });
			return VIEW_DONE;
		}
		catch (NotFoundException ex) {
			return unusable(response);
		}
	}

	@GetMapping("/partners/apply/changes/{token}")
	String initChangesForm(@PathVariable String token, Model model, Locale locale, HttpServletResponse response) {
		Optional<ApplicationDetail> application = this.applications.byLink(token)
			.filter((found) -> found.state() == ApplicationState.CHANGES_REQUESTED);
		if (application.isEmpty()) {
			return unusable(response);
		}
		model.addAttribute("changesForm", ChangesForm.of(application.get()));
		return changesPage(application.get(), token, model, locale);
	}

	@PostMapping("/partners/apply/changes/{token}")
	String processChangesForm(@PathVariable String token, @ModelAttribute("changesForm") ChangesForm form,
			BindingResult result, Model model, Locale locale, HttpServletResponse response) {
		Optional<ApplicationDetail> application = this.applications.byLink(token)
			.filter((found) -> found.state() == ApplicationState.CHANGES_REQUESTED);
		if (application.isEmpty()) {
			return unusable(response);
		}
		form.validate(result, application.get(), this.applications.serviceCodes());
		if (!result.hasErrors()) {
			try {
				this.applications.change(token, form.toChanges());
				model.addAttribute("messageKey", "onboarding.changed.text");
				model.addAttribute("messageArgs", new Object[] { application.get().legalName() });
				return VIEW_DONE;
			}
			catch (ApplicationRefusedException ex) {
				result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), null);
			}
			catch (NotFoundException ex) {
				return unusable(response);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return changesPage(application.get(), token, model, locale);
	}

	private String form(Model model, Locale locale) {
		choices(model, locale);
		model.addAttribute("availability", this.applications.availabilityByInstance());
		return VIEW_FORM;
	}

	private String changesPage(ApplicationDetail application, String token, Model model, Locale locale) {
		choices(model, locale);
		model.addAttribute("partnerApplication", application);
		model.addAttribute("token", token);
		return VIEW_CHANGES;
	}

	private void choices(Model model, Locale locale) {
		model.addAttribute("serviceCodes", this.applications.serviceCodes());
		model.addAttribute("programs", Program.values());
		model.addAttribute("instances", CloudInstance.values());
		model.addAttribute("countries", countries(locale));
	}

	/**
	 * Every country by its ISO code, named and sorted in the reader's language.
	 */
	static Map<String, String> countries(Locale locale) {
		return Arrays.stream(Locale.getISOCountries())
			.map((code) -> Map.entry(code, Locale.of("", code).getDisplayCountry(locale)))
			.sorted(Map.Entry.comparingByValue(Comparator.naturalOrder()))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
	}

	private static String unusable(HttpServletResponse response) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		return VIEW_UNUSABLE;
	}

}
