package com.partnerportal.platform.web;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.platform.PortalUser;
import com.partnerportal.platform.web.Viewer.Rights;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.ConcurrentLruCache;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The site's menus ({@code fragments/navigation}), rendered once per kind of viewer,
 * language and context path (and customer, whose links name its tenant) and reused by
 * every page: the layout inserts {@code navigation.links(viewer, agreementRequired)}, the
 * back office's frame {@code navigation.adminMenu()} (page variables,
 * {@link PageVariables}). They are the same for every page a viewer sees, and their two
 * dozen links and labels were drawn again on every request (issue 9). What changes per
 * request (the language menu with its return address and CSRF token, the user's name)
 * stays in the layout. The menus show links only: every request is still checked by the
 * server.
 */
@Component("navigation")
public class Navigation {

	/** Kinds of viewer × languages, plus one entry per customer recently seen. */
	private static final int CAPACITY = 1_000;

	private final ITemplateEngine templates;

	private final ConcurrentLruCache<Key, String> rendered;

	Navigation(ITemplateEngine templates) {
		this.templates = templates;
		this.rendered = new ConcurrentLruCache<>(CAPACITY, this::render);
	}

	/**
	 * The main menu's links ({@code
	 *
	<li>} items) for this viewer.
	 * @param viewer the page's viewer
	 * @param agreementRequired the page asks the partner to accept the Partner Agreement
	 * first (no partner link is shown)
	 */
	public String links(Rights viewer, boolean agreementRequired) {
		UUID customer = viewer.customerAdmin() ? organizationId() : null;
		return this.rendered.get(new Key("links", viewer, agreementRequired, customer, LocaleContextHolder.getLocale(),
				CurrentRequest.get().getContextPath()));
	}

	/**
	 * The back office's menu.
	 */
	public String adminMenu() {
		return this.rendered.get(new Key("adminMenu", Viewer.Rights.ANONYMOUS, false, null,
				LocaleContextHolder.getLocale(), CurrentRequest.get().getContextPath()));
	}

	private String render(Key key) {
		ServletRequestAttributes attributes = CurrentRequest.attributes();
		HttpServletRequest request = attributes.getRequest();
		HttpServletResponse response = attributes.getResponse();
		WebContext context = new WebContext(
				JakartaServletWebApplication.buildApplication(request.getServletContext())
					.buildExchange(request, response),
				key.locale(), Map.of("viewer", key.viewer(), "agreementRequired", key.agreementRequired(),
						"organizationId", (key.customer() != null) ? key.customer() : ""));
		return this.templates.process("fragments/navigation", Set.of(key.fragment()), context);
	}

	private static UUID organizationId() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof PortalUser user)
				? user.organizationId() : null;
	}

	private record Key(String fragment, Rights viewer, boolean agreementRequired, UUID customer, Locale locale,
			String contextPath) {
	}

}
