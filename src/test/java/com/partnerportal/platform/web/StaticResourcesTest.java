package com.partnerportal.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.partnerportal.testing.PortalIntegrationTest;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.resource.ResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Page links never reach the resource chain (no classpath lookup, no lock), resource
 * links still resolve to what the server serves, cacheably.
 */
@PortalIntegrationTest
class StaticResourcesTest {

	private static final Pattern RESOURCE_LINK = Pattern
		.compile("<(?:link rel=\"stylesheet\" href|script src)=\"([^\"]+)\"");

	private static final Pattern PAGE_LINK = Pattern.compile("<a [^>]*href=\"(/[^\"]*)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	ResourceUrlProvider resourceUrls;

	@Test
	void everyStylesheetAndScriptOfAPageIsServedAndCacheable() throws Exception {
		String page = this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> links = all(RESOURCE_LINK, page);
		assertThat(links).as("the layout's stylesheets and scripts").hasSizeGreaterThanOrEqualTo(6);

		for (String link : links) {
			MvcResult resource = this.mvc.perform(get(link)).andReturn();
			assertThat(resource.getResponse().getStatus()).as(link).isEqualTo(200);
			assertThat(resource.getResponse().getContentAsByteArray()).as(link).isNotEmpty();
			if (link.startsWith("/webjars/")) {
				assertThat(link).as("a WebJar link names its version").matches("/webjars/[^/]+/\\d[^/]*/.+");
				assertThat(resource.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).as(link)
					.contains("max-age=31536000");
			}
			else {
				assertThat(resource.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).as(link).contains("no-cache");
				String lastModified = resource.getResponse().getHeader(HttpHeaders.LAST_MODIFIED);
				assertThat(lastModified).as(link).isNotNull();
				this.mvc.perform(get(link).header(HttpHeaders.IF_MODIFIED_SINCE, lastModified))
					.andExpect(status().isNotModified());
			}
		}
	}

	@Test
	void aPageLinkIsWrittenWithoutAnyResourceLookup() {
		List<String> lookups = new CopyOnWriteArrayList<>();
		withLookupsRecorded(lookups, () -> {
			HttpServletRequest request = new MockHttpServletRequest("GET", "/partner/invitations");
			assertThat(this.resourceUrls.getForRequestUrl(request, "/partner/invitations?page=2")).isNull();
			assertThat(this.resourceUrls.getForRequestUrl(request, "/invitations?page=2")).isNull();
			assertThat(lookups).isEmpty();

			assertThat(this.resourceUrls.getForRequestUrl(request, "/css/portal.css")).isEqualTo("/css/portal.css");
			assertThat(lookups).as("a resource link is looked up (the recorder sees lookups)")
				.containsExactly("portal.css");
		});
	}

	@Test
	void renderingAPageLooksUpOnlyItsStylesheetsAndScripts() throws Exception {
		List<String> lookups = new CopyOnWriteArrayList<>();
		String[] page = new String[1];
		withLookupsRecorded(lookups,
				() -> page[0] = this.mvc.perform(get("/login").param("lang", "ja"))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString());

		assertThat(all(PAGE_LINK, page[0])).as("the page has links of its own").isNotEmpty();
		assertThat(lookups).hasSize(all(RESOURCE_LINK, page[0]).size());
	}

	/**
	 * Puts a recorder first in every resource handler's chain for the time of the action:
	 * it records the path of every lookup, then passes it on.
	 */
	private void withLookupsRecorded(List<String> lookups, Action action) {
		Map<String, ResourceHttpRequestHandler> handlers = this.resourceUrls.getHandlerMap();
		assertThat(handlers).isNotEmpty();
		List<ResourceResolver> recorders = new ArrayList<>();
		for (ResourceHttpRequestHandler handler : handlers.values()) {
			ResourceResolver recorder = new ResourceResolver() {

				@Override
				public Resource resolveResource(HttpServletRequest request, String requestPath,
						List<? extends Resource> locations, ResourceResolverChain chain) {
					return chain.resolveResource(request, requestPath, locations);
				}

				@Override
				public String resolveUrlPath(String resourcePath, List<? extends Resource> locations,
						ResourceResolverChain chain) {
					lookups.add(resourcePath);
					return chain.resolveUrlPath(resourcePath, locations);
				}

			};
			recorders.add(recorder);
			handler.getResourceResolvers().add(0, recorder);
		}
		try {
			action.run();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			for (ResourceHttpRequestHandler handler : handlers.values()) {
				handler.getResourceResolvers().removeAll(recorders);
			}
		}
	}

	private static List<String> all(Pattern pattern, String page) {
		List<String> found = new ArrayList<>();
		Matcher matcher = pattern.matcher(page);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	@FunctionalInterface
	interface Action {

		void run() throws Exception;

	}

}
