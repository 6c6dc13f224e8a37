package com.partnerportal.invitation.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.partnerportal.customer.DomainPrefixTakenException;
import com.partnerportal.customer.DomainPrefixes;
import com.partnerportal.customer.TrialAlreadyUsedException;
import com.partnerportal.delegation.DelegatedRole;
import com.partnerportal.invitation.AcceptOutcome;
import com.partnerportal.invitation.CustomerChoices;
import com.partnerportal.invitation.InvitationAcceptance;
import com.partnerportal.invitation.InvitationLinkView;
import com.partnerportal.invitation.InvitationState;
import com.partnerportal.invitation.Invitations;
import com.partnerportal.invitation.NewTenantDetails;
import com.partnerportal.invitation.NotForThisCustomerException;
import com.partnerportal.invitation.UnknownInvitationLinkException;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.platform.security.PortalSignIn;
import com.partnerportal.platform.throttle.ThrottleLimit;
import com.partnerportal.platform.throttle.Throttled;
import com.partnerportal.platform.web.ErrorPage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The link in an invitation mail (trial invitation or purchase offer). GET only shows
 * (mail scanners open links); accepting and declining are POSTs, and a second one ends on
 * a friendly page. An invitation to an existing customer is shown only to a signed-in
 * admin of that customer.
 */
@Controller
class InvitationLinkController {

	static final String VIEW_LINK = "invitation/link";

	static final String VIEW_CLOSED = "invitation/closed";

	static final String VIEW_UNKNOWN = "invitation/unknown";

	static final String VIEW_DECLINED = "invitation/declined";

	static final String VIEW_SIGN_IN = "invitation/sign-in";

	static final String VIEW_DECLINE_CONFIRM = "invitation/decline-confirm";

	static final String VIEW_DOMAIN_CHECK = "invitation/link :: domainCheck";

	private final Invitations invitations;

	private final InvitationAcceptance acceptance;

	private final PortalSignIn signIn;

	InvitationLinkController(Invitations invitations, InvitationAcceptance acceptance, PortalSignIn signIn) {
		this.invitations = invitations;
		this.acceptance = acceptance;
		this.signIn = signIn;
	}

	@GetMapping("/invitations/{token}")
	String show(@PathVariable String token, @AuthenticationPrincipal PortalUser user, Model model,
			HttpServletResponse response) {
		InvitationLinkView view = this.invitations.open(token, user);
		if (!view.state().isOpen()) {
			return closed(view.state(), model, response);
		}
		if (view.restricted()) {
			return signInFirst(view, token, model, response);
		}
		model.addAttribute("form", AcceptInvitationForm.startingWith(view.invitation().companyName()));
		return showLink(view, token, user, model);
	}

	@PostMapping("/invitations/{token}/accept")
	@Throttled({ ThrottleLimit.INVITATION_LINK_PER_ADDRESS, ThrottleLimit.INVITATION_LINK_PER_LINK })
	String accept(@PathVariable String token, @AuthenticationPrincipal PortalUser user,
			@Valid @ModelAttribute("form") AcceptInvitationForm form, BindingResult result,
			@RequestParam(defaultValue = "false") boolean approveDelegatedAdmin,
			@RequestParam(defaultValue = "false") boolean roleChoice,
			@RequestParam(required = false) List<String> approvedRoles,
			@RequestParam(defaultValue = "false") boolean intoMyTenant, Model model, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		InvitationLinkView view = this.invitations.view(token, user);
		if (!view.state().isOpen()) {
			return closed(view.state(), model, response);
		}
		if (view.restricted()) {
			return signInFirst(view, token, model, response);
		}
		Set<DelegatedRole> roles = roleChoice ? approvedRoles(view, approvedRoles) : null;
		if (roles != null && roles.isEmpty() && view.invitation().isDelegatedAdminOnly()) {
			// a request sent alone is declined with its own button
			model.addAttribute("rolesError", "delegation.approve.roles.required");
			model.addAttribute("approvedRoles", List.of());
			model.addAttribute("formRejected", true);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return showLink(view, token, user, model);
		}
		if (roles != null) {
			model.addAttribute("approvedRoles", roles.stream().map(Enum::name).toList());
		}
		// a customer admin accepts a new customer's invitation into its own tenant: no
		// second tenant, nothing to fill in
		boolean intoOwnTenant = intoMyTenant && view.forNewCustomer() && this.invitations.tenantOf(user).isPresent();
		if (view.forNewCustomer() && !intoOwnTenant) {
			if (!result.hasFieldErrors("password") && !form.passwordsMatch()) {
				result.rejectValue("passwordConfirmation", "accept.password.mismatch", "accept.password.mismatch");
			}
			if (!result.hasFieldErrors("domainPrefix") && this.invitations.isDomainPrefixTaken(form.domainPrefix())) {
				Optional<InvitationState> decided = decidedMeanwhile(token);
				if (decided.isPresent()) {
					return closed(decided.get(), model, response);
				}
				result.rejectValue("domainPrefix", "accept.domainPrefix.taken", "accept.domainPrefix.taken");
			}
			if (result.hasErrors()) {
				response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
				return showLink(view, token, user, model);
			}
		}
		AcceptOutcome outcome;
		try {
			NewTenantDetails newCustomer = (view.forNewCustomer() && !intoOwnTenant) ? form.toCommand() : null;
			outcome = this.acceptance.accept(token, user,
					(roles != null) ? CustomerChoices.approvingRoles(newCustomer, roles)
							: new CustomerChoices(newCustomer, approveDelegatedAdmin));
		}
		catch (DomainPrefixTakenException ex) {
			Optional<InvitationState> decided = decidedMeanwhile(token);
			if (decided.isPresent()) {
				return closed(decided.get(), model, response);
			}
			result.rejectValue("domainPrefix", "accept.domainPrefix.taken", "accept.domainPrefix.taken");
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return showLink(view, token, user, model);
		}
		if (outcome instanceof AcceptOutcome.Accepted accepted) {
			if (accepted.tenant() != null) {
				this.signIn.signIn(accepted.tenant().admin(), request, response);
				redirect.addFlashAttribute("flash", "customer.flash.welcome");
				redirect.addFlashAttribute("flashArgs", new Object[] { accepted.tenant().admin().getUsername() });
			}
			else {
				redirect.addFlashAttribute("flash", "customer.flash.accepted." + view.invitation().kind());
			}
			return "redirect:/customer";
		}
		return closed(((AcceptOutcome.AlreadyDecided) outcome).state(), model, response);
	}

	/**
	 * Declining asks first; this page changes nothing (but the first view).
	 */
	@GetMapping("/invitations/{token}/decline")
	String confirmDecline(@PathVariable String token, @AuthenticationPrincipal PortalUser user, Model model,
			HttpServletResponse response) {
		InvitationLinkView view = this.invitations.open(token, user);
		if (!view.state().isOpen()) {
			return closed(view.state(), model, response);
		}
		if (view.restricted()) {
			return signInFirst(view, token, model, response);
		}
		model.addAttribute("link", view);
		model.addAttribute("token", token);
		return VIEW_DECLINE_CONFIRM;
	}

	/**
	 * Declines once confirmed; a POST without the confirmation (a one-click form) only
	 * asks.
	 */
	@PostMapping("/invitations/{token}/decline")
	@Throttled({ ThrottleLimit.INVITATION_LINK_PER_ADDRESS, ThrottleLimit.INVITATION_LINK_PER_LINK })
	String decline(@PathVariable String token, @AuthenticationPrincipal PortalUser user,
			@RequestParam(defaultValue = "false") boolean confirmed, Model model, HttpServletResponse response) {
		if (!confirmed) {
			return confirmDecline(token, user, model, response);
		}
		Optional<InvitationState> alreadyDecided = this.invitations.decline(token, user);
		if (alreadyDecided.isPresent()) {
			return closed(alreadyDecided.get(), model, response);
		}
		return VIEW_DECLINED;
	}

	/**
	 * Tells while typing whether a domain prefix is free (htmx).
	 */
	@GetMapping("/invitations/{token}/domain-check")
	String domainCheck(@PathVariable String token, @RequestParam(defaultValue = "") String domainPrefix, Model model) {
		this.invitations.open(token);
		String result;
		if (!DomainPrefixes.isWellFormed(domainPrefix)) {
			result = "accept.domainPrefix.invalid";
		}
		else if (this.invitations.isDomainPrefixTaken(domainPrefix)) {
			result = "accept.domainPrefix.taken";
		}
		else {
			result = "accept.domainPrefix.available";
		}
		model.addAttribute("domainCheck", result);
		model.addAttribute("available", "accept.domainPrefix.available".equals(result));
		model.addAttribute("signInName", this.invitations.firstAdminSignInName(domainPrefix));
		return VIEW_DOMAIN_CHECK;
	}

	/**
	 * The roles the customer ticked: each one the request asked for, or the request is
	 * forged (400, nothing saved).
	 */
	private static Set<DelegatedRole> approvedRoles(InvitationLinkView view, List<String> ticked) {
		Set<DelegatedRole> roles = EnumSet.noneOf(DelegatedRole.class);
		if (ticked == null) {
			return roles;
		}
		if (!view.invitation().delegatedAdminRequested() || view.delegatedAdminTerms() == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		for (String name : ticked) {
			DelegatedRole role = Arrays.stream(DelegatedRole.values())
				.filter((candidate) -> candidate.name().equals(name))
				.findFirst()
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
			if (!view.delegatedAdminTerms().roles().contains(role)) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
			}
			roles.add(role);
		}
		return roles;
	}

	@ExceptionHandler(UnknownInvitationLinkException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String unknown() {
		return VIEW_UNKNOWN;
	}

	@ExceptionHandler(NotForThisCustomerException.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String notForThisCustomer(Model model) {
		model.addAttribute("signedIn", true);
		return VIEW_SIGN_IN;
	}

	@ExceptionHandler(TrialAlreadyUsedException.class)
	ModelAndView trialAlreadyUsed() {
		return ErrorPage.of(HttpStatus.CONFLICT, "invitation.offers.trial-used");
	}

	/**
	 * How the invitation ended, if it was decided after this request first looked at it.
	 * A prefix that looks taken may have been taken by a concurrent acceptance of this
	 * very link (a double click, a second tab): the tenant and the invitation's state are
	 * committed together, so whoever sees the one sees the other, and the person gets the
	 * "already accepted" page rather than "prefix taken".
	 */
	private Optional<InvitationState> decidedMeanwhile(String token) {
		InvitationState state = this.invitations.stateOf(token);
		return state.isOpen() ? Optional.empty() : Optional.of(state);
	}

	private String showLink(InvitationLinkView view, String token, PortalUser user, Model model) {
		model.addAttribute("link", view);
		if (view.forNewCustomer()) {
			this.invitations.tenantOf(user).ifPresent((tenant) -> model.addAttribute("ownTenant", tenant));
		}
		model.addAttribute("token", token);
		return VIEW_LINK;
	}

	/**
	 * An existing customer's invitation: sign in as its admin first. Someone signed in as
	 * anybody else is refused and learns nothing of the invitation.
	 */
	private static String signInFirst(InvitationLinkView view, String token, Model model,
			HttpServletResponse response) {
		if (view.signedIn()) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
		}
		model.addAttribute("signedIn", view.signedIn());
		model.addAttribute("token", token);
		return VIEW_SIGN_IN;
	}

	/**
	 * An expired or revoked link is gone (410); a decided one was used already (409).
	 */
	private static String closed(InvitationState state, Model model, HttpServletResponse response) {
		response.setStatus((state == InvitationState.EXPIRED || state == InvitationState.REVOKED)
				? HttpStatus.GONE.value() : HttpStatus.CONFLICT.value());
		model.addAttribute("state", state);
		return VIEW_CLOSED;
	}

}
