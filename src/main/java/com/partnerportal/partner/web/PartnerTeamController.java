package com.partnerportal.partner.web;

import java.util.Locale;
import java.util.UUID;

import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.PartnerTeam;
import com.partnerportal.partner.TeamMember;
import com.partnerportal.platform.ConflictException;
import com.partnerportal.platform.PortalUser;
import jakarta.servlet.http.HttpServletResponse;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A partner admin runs its team: the users and their roles, inviting a person (who sets a
 * password by an emailed link), changing a user's roles, deactivating a user. Only
 * partner admins (checked here and again by {@link PartnerTeam}, against the database).
 */
@Controller
@RequestMapping("/partner/team")
@PreAuthorize("hasRole('PARTNER_ADMIN')")
class PartnerTeamController {

	static final String VIEW_TEAM = "partner/team";

	static final String VIEW_MEMBER = "partner/team-member";

	static final int PAGE_SIZE = 20;

	private final PartnerTeam team;

	PartnerTeamController(PartnerTeam team) {
		this.team = team;
	}

	@GetMapping
	String team(@AuthenticationPrincipal PortalUser admin, @PageableDefault(size = PAGE_SIZE) Pageable pageable,
			Model model, Locale locale) {
		model.addAttribute("invitationForm", TeamInvitationForm.empty(locale));
		return teamPage(admin, pageable, model);
	}

	@PostMapping
	String invite(@AuthenticationPrincipal PortalUser admin, @ModelAttribute("invitationForm") TeamInvitationForm form,
			BindingResult result, @PageableDefault(size = PAGE_SIZE) Pageable pageable, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		form.validate(result);
		if (!result.hasErrors()) {
			try {
				this.team.invite(admin, form.toMember());
				redirect.addFlashAttribute("flash", "partner.team.flash.invited");
				redirect.addFlashAttribute("flashArgs", new Object[] { form.email().strip() });
				return "redirect:/partner/team";
			}
			catch (ConflictException ex) {
				result.rejectValue("email", ex.messageKey());
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return teamPage(admin, pageable, model);
	}

	@GetMapping("/{id}")
	String member(@AuthenticationPrincipal PortalUser admin, @PathVariable UUID id, Model model) {
		TeamMember member = this.team.member(admin, id);
		model.addAttribute("rolesForm", TeamRolesForm.of(member));
		return memberPage(member, model);
	}

	@PostMapping("/{id}/roles")
	String changeRoles(@AuthenticationPrincipal PortalUser admin, @PathVariable UUID id,
			@ModelAttribute("rolesForm") TeamRolesForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		TeamMember member = this.team.member(admin, id);
		form.validate(result);
		if (!result.hasErrors()) {
			try {
				this.team.changeRoles(admin, id, TeamRoles.of(form.roles()));
				redirect.addFlashAttribute("flash", "partner.team.flash.roles");
				redirect.addFlashAttribute("flashArgs", new Object[] { member.email() });
				return "redirect:/partner/team/" + id;
			}
			catch (ConflictException ex) {
				result.rejectValue("roles", ex.messageKey());
				response.setStatus(HttpStatus.CONFLICT.value());
				return memberPage(member, model);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return memberPage(member, model);
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@AuthenticationPrincipal PortalUser admin, @PathVariable UUID id, RedirectAttributes redirect) {
		TeamMember member = this.team.member(admin, id);
		this.team.deactivate(admin, id);
		redirect.addFlashAttribute("flash", "partner.team.flash.deactivated");
		redirect.addFlashAttribute("flashArgs", new Object[] { member.email() });
		return "redirect:/partner/team";
	}

	private String teamPage(PortalUser admin, Pageable pageable, Model model) {
		model.addAttribute("members", this.team.members(admin, pageable));
		model.addAttribute("roles", PartnerRole.values());
		return VIEW_TEAM;
	}

	private static String memberPage(TeamMember member, Model model) {
		model.addAttribute("member", member);
		model.addAttribute("roles", PartnerRole.values());
		return VIEW_MEMBER;
	}

}
