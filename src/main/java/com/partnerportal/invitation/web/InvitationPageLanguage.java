package com.partnerportal.invitation.web;

import com.partnerportal.invitation.InvitationLanguages;
import com.partnerportal.platform.web.PortalLocaleResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Every page of an invitation's link (the invitation, the acceptance form with its
 * errors, declined, closed, sign in first) speaks the language the partner chose for the
 * invitation, whatever the browser's language, unless the visitor picks another with the
 * language switcher; that pick holds for this link's pages.
 */
@ControllerAdvice(assignableTypes = InvitationLinkController.class)
class InvitationPageLanguage {

	private final InvitationLanguages invitationLanguages;

	InvitationPageLanguage(InvitationLanguages invitationLanguages) {
		this.invitationLanguages = invitationLanguages;
	}

	@ModelAttribute
	void speakTheInvitationsLanguage(@PathVariable(name = "token", required = false) String token,
			HttpServletRequest request, HttpServletResponse response) {
		this.invitationLanguages.languageOf(token)
			.ifPresent((language) -> PortalLocaleResolver.usePageLanguage(language, "/invitations/" + token, request,
					response));
	}

}
