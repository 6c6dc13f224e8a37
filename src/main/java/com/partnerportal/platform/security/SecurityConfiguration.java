package com.partnerportal.platform.security;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

import com.partnerportal.platform.BackOfficeRole;
import com.partnerportal.platform.PortalLinks;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.platform.SignInAccounts;
import com.partnerportal.platform.web.PortalLocaleResolver;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * One form login for partner users, customer admins and back-office admins; each area of
 * the site requires its role. CSRF stays on for every form.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'self'; frame-src 'self'";

	@Bean
	SecurityFilterChain portalSecurity(HttpSecurity http, SecurityContextRepository securityContextRepository,
			PortalLinks links) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/", "/login", "/availability", "/invitations/**", "/webjars/**", "/css/**", "/js/**",
					"/images/**", "/favicon.ico", "/error", "/actuator/health", "/actuator/health/**")
			.permitAll()
			// joining the partner network, the marketplace and its contact requests, and
			// setting or resetting a password by an emailed link need no account
			.requestMatchers("/partners/apply", "/partners/apply/**", "/marketplace", "/marketplace/**", "/password/**")
			.permitAll()
			.requestMatchers("/partner/**")
			.hasRole("PARTNER_USER")
			.requestMatchers("/customer/**")
			.hasRole("CUSTOMER_ADMIN")
			.requestMatchers("/tenants/**")
			.hasAnyRole("PARTNER_USER", "CUSTOMER_ADMIN")
			// support agents answer the support queue and read the rest of the back
			// office
			.requestMatchers("/admin/support/**")
			.hasAnyRole(BackOfficeRole.BACK_OFFICE_ADMIN.name(), BackOfficeRole.SUPPORT_AGENT.name())
			.requestMatchers(HttpMethod.GET, "/admin", "/admin/**")
			.hasAnyRole(BackOfficeRole.BACK_OFFICE_ADMIN.name(), BackOfficeRole.SUPPORT_AGENT.name())
			.requestMatchers("/admin", "/admin/**")
			.hasRole(BackOfficeRole.BACK_OFFICE_ADMIN.name())
			.anyRequest()
			.authenticated());
		http.formLogin((form) -> form.loginPage("/login")
			.failureHandler(new KeepContinueOnFailure())
			.successHandler(new HomeBySignInKind())
			.permitAll());
		http.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"));
		// one CSRF token per session and sign-in, made in the sign-in request
		HttpSessionCsrfTokenRepository csrfTokens = new HttpSessionCsrfTokenRepository();
		http.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens)
			.sessionAuthenticationStrategy(new CsrfTokenAtSignIn(csrfTokens)));
		http.securityContext((context) -> context.securityContextRepository(securityContextRepository));
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.frameOptions((frame) -> frame.sameOrigin())
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.permissionsPolicyHeader((permissions) -> permissions.policy("camera=(), microphone=(), geolocation=()"))
			// HSTS whenever the portal is served over HTTPS, also behind a proxy that
			// ends TLS
			.httpStrictTransportSecurity(
					(hsts) -> hsts.requestMatcher((request) -> links.servedOverHttps() || request.isSecure())));
		return http.build();
	}

	/**
	 * The session cookie is {@code Secure} whenever the portal is served over HTTPS: its
	 * base URL says so, or the request came over TLS.
	 */
	@Bean
	DefaultCookieSerializerCustomizer secureSessionCookieOverHttps(PortalLinks links) {
		return (serializer) -> {
			if (links.servedOverHttps()) {
				serializer.setUseSecureCookie(true);
			}
		};
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService portalUserDetailsService(List<SignInAccounts> accounts) {
		return (username) -> accounts.stream()
			.flatMap((directory) -> directory.findForSignIn(username.trim()).stream())
			.findFirst()
			.orElseThrow(() -> new UsernameNotFoundException("unknown sign-in name"));
	}

	/**
	 * A failed sign-in shows the form again, still knowing which invitation to continue
	 * to.
	 */
	static final class KeepContinueOnFailure extends SimpleUrlAuthenticationFailureHandler {

		@Override
		public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
				AuthenticationException exception) throws IOException {
			String continueTo = request.getParameter("continue");
			String target = "/login?error";
			if (continueTo != null && HomeBySignInKind.CONTINUE.matcher(continueTo).matches()) {
				target += "&continue=" + continueTo;
			}
			getRedirectStrategy().sendRedirect(request, response, target);
		}

	}

	/**
	 * After sign-in, go back to the page that asked for it, or to the home of the kind of
	 * account.
	 */
	static final class HomeBySignInKind extends SavedRequestAwareAuthenticationSuccessHandler {

		/**
		 * Only an invitation link may be named as where to continue: no open redirect.
		 */
		static final Pattern CONTINUE = Pattern.compile("/invitations/[A-Za-z0-9_-]{43}");

		/**
		 * The pages speak the account's preferred language from sign-in on.
		 */
		@Override
		public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) throws ServletException, IOException {
			if (authentication.getPrincipal() instanceof PortalUser user && user.locale() != null) {
				PortalLocaleResolver.useAccountLanguage(user.locale(), request, response);
			}
			super.onAuthenticationSuccess(request, response, authentication);
		}

		@Override
		protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) {
			String continueTo = request.getParameter("continue");
			if (continueTo != null && CONTINUE.matcher(continueTo).matches()) {
				return continueTo;
			}
			if (authentication.getPrincipal() instanceof PortalUser user) {
				return user.kind().homePath();
			}
			return "/";
		}

	}

}
