package com.partnerportal.account.web;

import com.partnerportal.account.AccountLinkState;
import com.partnerportal.account.AccountLinkUnusableException;
import com.partnerportal.account.AccountLinkView;
import com.partnerportal.account.AccountLinks;
import com.partnerportal.account.InvalidPasswordException;
import com.partnerportal.account.PasswordRule;
import com.partnerportal.platform.throttle.ThrottleLimit;
import com.partnerportal.platform.throttle.Throttled;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Public password pages: asking for a reset link (the answer never says whether an
 * account exists), and setting a password through an emailed link (a GET shows the form
 * and changes nothing).
 */
@Controller
class PasswordController {

	static final String VIEW_RESET = "account/password-reset";

	static final String VIEW_SET = "account/password-set";

	static final String VIEW_UNUSABLE = "account/link-unusable";

	private final AccountLinks links;

	PasswordController(AccountLinks links) {
		this.links = links;
	}

	@GetMapping("/password/reset")
	String initResetForm(Model model) {
		model.addAttribute("resetForm", PasswordResetForm.empty());
		return VIEW_RESET;
	}

	@PostMapping("/password/reset")
	@Throttled({ ThrottleLimit.PASSWORD_RESET_PER_ADDRESS, ThrottleLimit.PASSWORD_RESET_PER_EMAIL })
	String processResetForm(@ModelAttribute("resetForm") PasswordResetForm form, BindingResult result,
			RedirectAttributes redirect, HttpServletResponse response) {
		form.validate(result);
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return VIEW_RESET;
		}
		this.links.requestReset(form.email());
		redirect.addFlashAttribute("flash", "account.reset.flash.sent");
		redirect.addFlashAttribute("flashArgs", new Object[] { form.email().strip() });
		return "redirect:/password/reset";
	}

	@GetMapping("/password/set/{token}")
	String initSetForm(@PathVariable String token, Model model, HttpServletResponse response) {
		AccountLinkView link = this.links.check(token);
		if (link.state() != AccountLinkState.USABLE) {
			return unusable(link.state(), model, response);
		}
		model.addAttribute("link", link);
		model.addAttribute("token", token);
		model.addAttribute("passwordForm", NewPasswordForm.empty());
		model.addAttribute("minLength", PasswordRule.MIN_LENGTH);
		return VIEW_SET;
	}

	@PostMapping("/password/set/{token}")
	String processSetForm(@PathVariable String token, @ModelAttribute("passwordForm") NewPasswordForm form,
			BindingResult result, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		form.validate(result);
		if (!result.hasErrors()) {
			try {
				HttpSession session = request.getSession(false);
				this.links.setPassword(token, form.password(), (session != null) ? session.getId() : null);
				redirect.addFlashAttribute("flash", "account.set.flash.done");
				return "redirect:/login";
			}
			catch (InvalidPasswordException ex) {
				result.rejectValue("password", ex.messageKey());
			}
		}
		AccountLinkView link = this.links.check(token);
		if (link.state() != AccountLinkState.USABLE) {
			return unusable(link.state(), model, response);
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("link", link);
		model.addAttribute("token", token);
		model.addAttribute("minLength", PasswordRule.MIN_LENGTH);
		return VIEW_SET;
	}

	@ExceptionHandler(AccountLinkUnusableException.class)
	ModelAndView unusableLink(AccountLinkUnusableException ex) {
		ModelAndView page = new ModelAndView(VIEW_UNUSABLE);
		page.addObject("state", ex.state());
		page.setStatus(statusOf(ex.state()));
		return page;
	}

	private static String unusable(AccountLinkState state, Model model, HttpServletResponse response) {
		model.addAttribute("state", state);
		response.setStatus(statusOf(state).value());
		return VIEW_UNUSABLE;
	}

	/**
	 * Unknown: 404; expired or used: 410 (it existed, and never will work again).
	 */
	private static HttpStatus statusOf(AccountLinkState state) {
		return (state == AccountLinkState.UNKNOWN) ? HttpStatus.NOT_FOUND : HttpStatus.GONE;
	}

}
