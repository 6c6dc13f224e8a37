package com.partnerportal.platform.security;

import java.io.IOException;

import com.partnerportal.platform.throttle.Admission;
import com.partnerportal.platform.throttle.RequestThrottle;
import com.partnerportal.platform.throttle.ThrottleLimit;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Brute-force protection of the sign-in form: every attempt counts against its sign-in
 * name and its client address before the password is checked; a successful sign-in is
 * given back, so only failures use up the budget and the owner of an account is never
 * locked out by its own sign-ins. Past a limit, even the right password is refused: 429
 * and the sign-in page that says in how many minutes to try again.
 */
final class SignInThrottleFilter extends OncePerRequestFilter {

	/**
	 * The request attribute that the sign-in page shows the wait from.
	 */
	static final String RETRY_AFTER_MINUTES = "signInRetryAfterMinutes";

	private static final ThrottleLimit[] LIMITS = { ThrottleLimit.SIGN_IN_PER_ADDRESS,
			ThrottleLimit.SIGN_IN_PER_ACCOUNT };

	private final RequestThrottle throttle;

	private final String signInPath;

	SignInThrottleFilter(RequestThrottle throttle, String signInPath) {
		this.throttle = throttle;
		this.signInPath = signInPath;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !(HttpMethod.POST.matches(request.getMethod()) && this.signInPath.equals(request.getServletPath()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Admission admission = this.throttle.admit(request, LIMITS);
		if (!admission.admitted()) {
			refuse(admission, request, response);
			return;
		}
		chain.doFilter(request, response);
		if (signedIn()) {
			this.throttle.giveBack(request, LIMITS);
		}
	}

	private static boolean signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

	/**
	 * Shows the sign-in page (a GET of it) with the wait, with 429: no redirect, so that
	 * the refusal is the answer to the attempt itself.
	 */
	private void refuse(Admission admission, HttpServletRequest request, HttpServletResponse response)
			throws ServletException, IOException {
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(admission.retryAfterSeconds()));
		request.setAttribute(RETRY_AFTER_MINUTES, admission.retryAfterMinutes());
		request.getRequestDispatcher(this.signInPath).forward(new SignInPageRequest(request), response);
	}

	private static final class SignInPageRequest extends HttpServletRequestWrapper {

		SignInPageRequest(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return HttpMethod.GET.name();
		}

	}

}
