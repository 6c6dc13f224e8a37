package com.partnerportal.customer.web;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.customer.CustomerView;
import com.partnerportal.customer.PartnerOfRecordException;
import com.partnerportal.customer.SubscriptionView;
import com.partnerportal.customer.Subscriptions;
import com.partnerportal.customer.Tenants;
import com.partnerportal.delegation.DelegatedAdminAmendments;
import com.partnerportal.delegation.DelegatedAdminView;
import com.partnerportal.delegation.DelegatedAdmins;
import com.partnerportal.delegation.DelegatedRole;
import com.partnerportal.partner.PartnerView;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.PortalUser;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The customer's Partners page: its delegated admin (with Remove) and the history of past
 * ones; and, separately, the Partner of Record of each subscription.
 */
@Controller
class CustomerPartnersController {

	static final String VIEW_PARTNERS = "customer/partners";

	static final String VIEW_REMOVE = "customer/remove-delegated-admin";

	static final String VIEW_PARTNER_SEARCH = "customer/partners :: partnerSearchResults";

	/**
	 * How many partners a search by name shows: enough to pick from, never a whole list.
	 */
	static final int PARTNER_SEARCH_LIMIT = 10;

	private final Tenants customerTenants;

	private final Subscriptions customerSubscriptions;

	private final DelegatedAdmins delegatedAdmins;

	private final Partners partners;

	private final MessageSource messages;

	private final DelegatedAdminAmendments amendments;

	CustomerPartnersController(Tenants customerTenants, Subscriptions customerSubscriptions,
			DelegatedAdmins delegatedAdmins, Partners partners, MessageSource messages,
			DelegatedAdminAmendments amendments) {
		this.amendments = amendments;
		this.customerTenants = customerTenants;
		this.customerSubscriptions = customerSubscriptions;
		this.delegatedAdmins = delegatedAdmins;
		this.partners = partners;
		this.messages = messages;
	}

	/**
	 * The Partners page; {@code partnerSearch} lists the partners whose name contains it,
	 * and {@code chosen} (a partner picked from that list) fills the Partner of Record
	 * fields, so that the picker works without JavaScript.
	 */
	@GetMapping("/customer/partners")
	String partners(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String partnerSearch,
			@RequestParam(required = false) UUID chosen, Model model) {
		addPartnerSearch(user.organizationId(), partnerSearch, model);
		if (chosen != null) {
			this.partners.findByIdOrName(chosen.toString())
				.stream()
				.findFirst()
				.ifPresent((partner) -> model.addAttribute("chosenPartner", partner));
		}
		return showPartners(user.organizationId(), model);
	}

	/**
	 * The search results alone, while the customer types (htmx).
	 */
	@GetMapping("/customer/partners/partner-search")
	String searchPartners(@AuthenticationPrincipal PortalUser user,
			@RequestParam(defaultValue = "") String partnerSearch, Model model) {
		addPartnerSearch(user.organizationId(), partnerSearch, model);
		return VIEW_PARTNER_SEARCH;
	}

	@GetMapping("/customer/partners/delegated-admin/remove")
	String confirmRemoval(@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
		var current = this.delegatedAdmins.current(user.organizationId());
		if (current.isEmpty()) {
			redirect.addFlashAttribute("flash", "partners.flash.none");
			return "redirect:/customer/partners";
		}
		model.addAttribute("delegatedAdmin", current.get());
		return VIEW_REMOVE;
	}

	/**
	 * Takes back the roles ticked, from the partner's next request; taking back the last
	 * one removes the delegated admin. A role the partner does not hold (or no such role)
	 * is a forged request.
	 */
	@PostMapping("/customer/partners/delegated-admin/take-back")
	String takeBack(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) List<String> roles,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		CustomerView customer = this.customerTenants.customer(user.organizationId());
		Optional<DelegatedAdminView> current = this.delegatedAdmins.current(customer.id());
		if (current.isEmpty()) {
			redirect.addFlashAttribute("flash", "partners.flash.none");
			return "redirect:/customer/partners";
		}
		Set<DelegatedRole> taken = EnumSet.noneOf(DelegatedRole.class);
		for (String name : (roles != null) ? roles : List.<String>of()) {
			taken.add(Arrays.stream(DelegatedRole.values())
				.filter((role) -> role.name().equals(name) && current.get().roles().contains(role))
				.findFirst()
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST)));
		}
		if (taken.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("takeBackError", "partners.takeBack.required");
			model.addAttribute("formRejected", true);
			return showPartners(customer.id(), model);
		}
		Optional<DelegatedAdminView> after = this.delegatedAdmins.takeBack(customer.id(), customer.name(), taken,
				Actor.of(user));
		redirect.addFlashAttribute("flash", after.map(DelegatedAdminView::isActive).orElse(false)
				? "partners.flash.rolesTakenBack" : "partners.flash.removed");
		return "redirect:/customer/partners";
	}

	@PostMapping("/customer/partners/delegated-admin/remove")
	String remove(@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		CustomerView customer = this.customerTenants.customer(user.organizationId());
		redirect.addFlashAttribute("flash",
				this.delegatedAdmins.remove(customer.id(), customer.name(), Actor.of(user)).isPresent()
						? "partners.flash.removed" : "partners.flash.none");
		return "redirect:/customer/partners";
	}

	@PostMapping("/customer/subscriptions/{subscriptionId}/partner-of-record")
	String designatePartnerOfRecord(@AuthenticationPrincipal PortalUser user, @PathVariable UUID subscriptionId,
			@RequestParam(defaultValue = "") String partner, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			this.customerSubscriptions.designatePartnerOfRecord(user.organizationId(), subscriptionId, partner,
					Actor.of(user));
			redirect.addFlashAttribute("flash", "partners.flash.partnerOfRecord");
			return "redirect:/customer/partners";
		}
		catch (PartnerOfRecordException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("porError", messageKey(ex.reason()));
			model.addAttribute("porErrorArguments",
					(ex.partnerName() != null) ? new Object[] { ex.partnerName() } : new Object[0]);
			// The layout titles the page as one with form errors (no BindingResult here).
			model.addAttribute("formRejected", true);
			model.addAttribute("porSubscription", subscriptionId);
			model.addAttribute("porValue", partner);
			return showPartners(user.organizationId(), model);
		}
	}

	/**
	 * The message shown at the subscription's Partner of Record field for each reason.
	 */
	static String messageKey(PartnerOfRecordException.Reason reason) {
		return switch (reason) {
			case UNKNOWN -> "partnerOfRecord.unknown";
			case AMBIGUOUS -> "partnerOfRecord.ambiguous";
			case AGREEMENT_NOT_SIGNED -> "partnerOfRecord.agreement-not-signed";
			case OTHER_CLOUD_INSTANCE -> "partnerOfRecord.other-cloud-instance";
			case NOT_AUTHORIZED -> "partnerOfRecord.not-authorized";
		};
	}

	private void addPartnerSearch(UUID customerId, String partnerSearch, Model model) {
		String text = (partnerSearch != null) ? partnerSearch.strip() : "";
		if (text.length() > 200) {
			text = text.substring(0, 200);
		}
		model.addAttribute("partnerSearch", text);
		if (!text.isEmpty()) {
			List<PartnerView> found = this.customerSubscriptions.partnerOfRecordCandidates(customerId, text,
					PARTNER_SEARCH_LIMIT);
			model.addAttribute("partnerSearchResults", found);
		}
	}

	/**
	 * Subscriptions in a stable order: by the offer's name in the reader's language, then
	 * by id (saving a Partner of Record must not move the rows).
	 */
	private List<SubscriptionView> inStableOrder(List<SubscriptionView> subscriptions) {
		Locale locale = LocaleContextHolder.getLocale();
		Collator collator = Collator.getInstance(locale);
		return subscriptions.stream()
			.sorted(Comparator
				.comparing(
						(SubscriptionView s) -> this.messages.getMessage(s.offerNameKey(), null, s.offerCode(), locale),
						collator)
				.thenComparing(SubscriptionView::id))
			.toList();
	}

	private String showPartners(UUID customerId, Model model) {
		List<SubscriptionView> subscriptions = inStableOrder(this.customerSubscriptions.subscriptions(customerId));
		Set<UUID> partnerIds = new HashSet<>();
		subscriptions.forEach((s) -> {
			partnerIds.add(s.soldByPartnerId());
			partnerIds.add(s.partnerOfRecordId());
		});
		partnerIds.remove(null);
		Map<UUID, String> names = this.partners.names(partnerIds);
		// the active relationship is the newest of the history: one query for both
		List<DelegatedAdminView> history = this.delegatedAdmins.history(customerId);
		DelegatedAdminView current = history.stream().filter(DelegatedAdminView::isActive).findFirst().orElse(null);
		model.addAttribute("delegatedAdmin", current);
		if (current != null) {
			model.addAttribute("amendments", this.amendments.history(current));
		}
		model.addAttribute("history", history);
		model.addAttribute("subscriptions", subscriptions);
		model.addAttribute("partnerNames", names);
		model.addAttribute("partnerOfRecordStatus", this.customerSubscriptions.partnerOfRecordAvailability(customerId));
		return VIEW_PARTNERS;
	}

}
