package com.partnerportal.platform.web;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the layout and the pages show each kind of user, as {@code sec:authorize} showed
 * it before ({@code hasRole}, {@code hasAnyRole}, {@code isAuthenticated()}).
 */
class ViewerTest {

	final Viewer viewer = new Viewer();

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void nobodySignedInIsShownWhatAnonymousVisitorsAre() {
		assertThat(this.viewer.current()).isEqualTo(new Viewer.Rights(false, false, false, false, false, false, false));
		SecurityContextHolder.getContext()
			.setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
					AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
		assertThat(this.viewer.current()).isEqualTo(new Viewer.Rights(false, false, false, false, false, false, false));
	}

	@Test
	void eachRoleIsShownItsOwnLinks() {
		assertThat(as("ROLE_PARTNER_USER", "ROLE_PARTNER_ADMIN"))
			.isEqualTo(new Viewer.Rights(true, true, true, true, false, false, false));
		assertThat(as("ROLE_PARTNER_USER", "ROLE_SALES_AGENT"))
			.isEqualTo(new Viewer.Rights(true, true, false, true, false, false, false));
		assertThat(as("ROLE_PARTNER_USER", "ROLE_ADMIN_AGENT"))
			.isEqualTo(new Viewer.Rights(true, true, false, false, true, false, false));
		assertThat(as("ROLE_PARTNER_USER", "ROLE_HELPDESK_AGENT"))
			.isEqualTo(new Viewer.Rights(true, true, false, false, true, false, false));
		assertThat(as("ROLE_CUSTOMER_ADMIN"))
			.isEqualTo(new Viewer.Rights(true, false, false, false, false, true, false));
		assertThat(as("ROLE_BACK_OFFICE_ADMIN"))
			.isEqualTo(new Viewer.Rights(true, false, false, false, false, false, true));
	}

	private Viewer.Rights as(String... roles) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("someone", null,
					List.copyOf(AuthorityUtils.createAuthorityList(roles))));
		return this.viewer.current();
	}

}
