package com.partnerportal.account.web;

import com.partnerportal.account.AccountLinks;
import com.partnerportal.account.InvalidPasswordException;
import com.partnerportal.account.PasswordRule;
import com.partnerportal.account.WrongCurrentPasswordException;
import com.partnerportal.platform.PortalUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in person's account, whatever its kind: its password (changed by giving the
 * current one; its other sessions end) and its preferred language (the language menu's
 * {@code /account/language}).
 */
@Controller
class AccountController {

	static final String VIEW = "account/account";

	private final AccountLinks links;

	AccountController(AccountLinks links) {
		this.links = links;
	}

	@GetMapping("/account")
	String show(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("passwordForm", PasswordChangeForm.empty());
		return page(user, model);
	}

	@PostMapping("/account/password")
	String processPasswordChange(@AuthenticationPrincipal PortalUser user,
			@ModelAttribute("passwordForm") PasswordChangeForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		form.validate(result);
		if (!result.hasErrors()) {
			try {
				this.links.changePassword(user, form.currentPassword(), form.password(), request.getSession().getId());
				redirect.addFlashAttribute("flash", "account.password.flash.changed");
				return "redirect:/account";
			}
			catch (WrongCurrentPasswordException ex) {
				result.rejectValue("currentPassword", "account.password.current.wrong");
			}
			catch (InvalidPasswordException ex) {
				result.rejectValue("password", ex.messageKey());
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return page(user, model);
	}

	private static String page(PortalUser user, Model model) {
		model.addAttribute("account", user);
		model.addAttribute("minLength", PasswordRule.MIN_LENGTH);
		return VIEW;
	}

}
