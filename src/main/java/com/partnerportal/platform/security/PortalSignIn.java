package com.partnerportal.platform.security;

import com.partnerportal.platform.PortalUser;
import com.partnerportal.platform.web.PortalLocaleResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a person in without the login form, e.g. the customer admin who has just created
 * its tenant by accepting an invitation. The session id changes, as on a form login.
 */
@Component
public class PortalSignIn {

	private final SecurityContextRepository securityContextRepository;

	PortalSignIn(SecurityContextRepository securityContextRepository) {
		this.securityContextRepository = securityContextRepository;
	}

	public void signIn(PortalUser user, HttpServletRequest request, HttpServletResponse response) {
		user.eraseCredentials();
		request.getSession(true);
		request.changeSessionId();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		this.securityContextRepository.saveContext(context, request, response);
		if (user.locale() != null) {
			PortalLocaleResolver.useAccountLanguage(user.locale(), request, response);
		}
	}

}
