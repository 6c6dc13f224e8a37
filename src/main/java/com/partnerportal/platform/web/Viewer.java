package com.partnerportal.platform.web;

import java.util.Collection;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is looking at a page, for what the page shows ({@code viewers.current()}, read once
 * by the layout as {@code viewer}): the links and buttons each kind of user may use. Read
 * from the request's authentication once per page instead of evaluating a Spring Security
 * expression for each link ({@code sec:authorize}, which builds an evaluation context
 * each time: issue 9). It decides nothing: every rule is checked by the security
 * configuration and the use cases on each request.
 */
@Component("viewer")
public class Viewer {

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	/**
	 * The current request's viewer.
	 */
	public Rights current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!this.trust.isAuthenticated(authentication)) {
			return Rights.ANONYMOUS;
		}
		Collection<? extends GrantedAuthority> authorities = authentication.getAuthorities();
		boolean partnerAdmin = has(authorities, "ROLE_PARTNER_ADMIN");
		return new Rights(true, has(authorities, "ROLE_PARTNER_USER"), partnerAdmin,
				partnerAdmin || has(authorities, "ROLE_SALES_AGENT"),
				has(authorities, "ROLE_ADMIN_AGENT") || has(authorities, "ROLE_HELPDESK_AGENT"),
				has(authorities, "ROLE_CUSTOMER_ADMIN"), has(authorities, "ROLE_BACK_OFFICE_ADMIN"));
	}

	private static boolean has(Collection<? extends GrantedAuthority> authorities, String role) {
		for (GrantedAuthority authority : authorities) {
			if (role.equals(authority.getAuthority())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * What a viewer may be shown.
	 *
	 * @param authenticated signed in
	 * @param partner a partner's user (any role)
	 * @param partnerAdmin a partner's admin
	 * @param seller a partner's sales agent or admin
	 * @param agent a partner's admin or helpdesk agent
	 * @param customerAdmin a customer's admin
	 * @param backOffice a back-office admin
	 */
	public record Rights(boolean authenticated, boolean partner, boolean partnerAdmin, boolean seller, boolean agent,
			boolean customerAdmin, boolean backOffice) {

		static final Rights ANONYMOUS = new Rights(false, false, false, false, false, false, false);

	}

}
