package com.partnerportal.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfTokenRepository;

/**
 * Replaces the session's CSRF token at sign-in, as Spring Security does, and creates the
 * new one right away, in the sign-in request. Spring Security would create it later, in
 * whichever request first needs it: after a sign-in, that is every page the browser loads
 * next, in parallel (tabs, frames), each making its own token and overwriting the others'
 * (a form of one tab then fails with 403). Created here, it is created once per session
 * and sign-in, and requests only read it.
 */
final class CsrfTokenAtSignIn implements SessionAuthenticationStrategy {

	private final CsrfTokenRepository tokens;

	private final CsrfAuthenticationStrategy replaceToken;

	CsrfTokenAtSignIn(CsrfTokenRepository tokens) {
		this.tokens = tokens;
		this.replaceToken = new CsrfAuthenticationStrategy(tokens);
	}

	@Override
	public void onAuthentication(Authentication authentication, HttpServletRequest request,
			HttpServletResponse response) {
		this.replaceToken.onAuthentication(authentication, request, response);
		this.tokens.loadDeferredToken(request, response).get();
	}

}
