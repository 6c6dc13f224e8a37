package com.partnerportal.support.web;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.partnerportal.availability.FeatureAvailability;
import com.partnerportal.customer.CustomerView;
import com.partnerportal.customer.Tenants;
import com.partnerportal.delegation.ConsoleAccess;
import com.partnerportal.delegation.TenantAccess;
import com.partnerportal.delegation.TenantAction;
import com.partnerportal.invitation.InvitationLanguages;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.CloudInstance;
import com.partnerportal.platform.PortalProperties;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.platform.throttle.RequestThrottle;
import com.partnerportal.support.AuthorKind;
import com.partnerportal.support.ServiceRequestCategory;
import com.partnerportal.support.ServiceRequestDetail;
import com.partnerportal.support.ServiceRequestSeverity;
import com.partnerportal.support.ServiceRequestState;
import com.partnerportal.support.ServiceRequestView;
import com.partnerportal.support.ServiceRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 8, items 4 and 6: the service-request and reply forms' shape (required, length, a
 * choice from a list) on the web layer alone (controller, advice, security; the service
 * as a double): each bad value comes back at its field with a localized message and 422,
 * and the service is never asked. The list takes any page and size and shows a page.
 */
@WebMvcTest(controllers = ServiceRequestController.class)
class ServiceRequestFormBindingTest {

	static final UUID CUSTOMER = UUID.randomUUID();

	static final UUID REQUEST = UUID.randomUUID();

	static final PortalUser ADMIN = new PortalUser(UUID.randomUUID(), AccountKind.CUSTOMER_ADMIN, CUSTOMER,
			"admin@adatum.cloudportal.example", "Ada Admin", Locale.ENGLISH, Set.of("CUSTOMER_ADMIN"), "{noop}unused");

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageSource messages;

	@MockitoBean
	FeatureAvailability featureAvailability;

	@MockitoBean
	ServiceRequests serviceRequests;

	@MockitoBean
	Tenants tenants;

	@MockitoBean
	TenantAccess tenantAccess;

	@MockitoBean
	Partners partners;

	@MockitoBean
	RequestThrottle throttle;

	@MockitoBean
	InvitationLanguages invitationLanguages;

	@BeforeEach
	void tenant() {
		// the tenant access check lets everyone in: these tests are about binding
		given(this.tenantAccess.console(any(), any()))
			.willReturn(new ConsoleAccess(true, Set.of(), EnumSet.allOf(TenantAction.class)));
		given(this.tenants.customer(CUSTOMER)).willReturn(new CustomerView(CUSTOMER, "Adatum", "adatum",
				"adatum.cloudportal.example", CloudInstance.GLOBAL, "en", null, Instant.now()));
		given(this.serviceRequests.list(any(), any(), any())).willReturn(Page.empty());
		Instant opened = Instant.parse("2026-03-01T10:00:00Z");
		given(this.serviceRequests.get(CUSTOMER, REQUEST)).willReturn(new ServiceRequestDetail(
				new ServiceRequestView(REQUEST, CUSTOMER, 1042, "Mail does not arrive", "Since this morning",
						ServiceRequestCategory.TECHNICAL, ServiceRequestSeverity.HIGH, ServiceRequestState.OPEN,
						AuthorKind.CUSTOMER_ADMIN, "Ada Admin", null, null, opened, opened),
				List.of()));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			""         | Details    | TECHNICAL | NORMAL | title       | validation.required
			"   "      | Details    | TECHNICAL | NORMAL | title       | validation.required
			LONG_TITLE | Details    | TECHNICAL | NORMAL | title       | validation.too-long
			Title      | ""         | TECHNICAL | NORMAL | description | validation.required
			Title      | LONG_TEXT  | TECHNICAL | NORMAL | description | validation.too-long
			Title      | Details    | ""        | NORMAL | category    | serviceRequest.category.required
			Title      | Details    | BOGUS     | NORMAL | category    | typeMismatch.requestForm.category
			Title      | Details    | TECHNICAL | ""     | severity    | serviceRequest.severity.required
			Title      | Details    | TECHNICAL | urgent | severity    | typeMismatch.requestForm.severity
			""")
	void aRequestOfTheWrongShapeComesBackAtItsField(String title, String description, String category, String severity,
			String field, String key) throws Exception {
		String page = this.mvc
			.perform(post("/tenants/" + CUSTOMER + "/service-requests").with(csrf())
				.with(user(ADMIN))
				.param("title", expand(title))
				.param("description", expand(description))
				.param("category", category)
				.param("severity", severity))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertErrorAt(page, field, key);
		verify(this.serviceRequests, never()).open(any(), any(), any());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			""        | validation.required
			"  "      | validation.required
			LONG_TEXT | validation.too-long
			""")
	void aReplyOfTheWrongShapeComesBackAtItsField(String body, String key) throws Exception {
		String page = this.mvc
			.perform(post("/tenants/" + CUSTOMER + "/service-requests/" + REQUEST + "/replies").with(csrf())
				.with(user(ADMIN))
				.param("body", expand(body)))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertErrorAt(page, "body", key);
		verify(this.serviceRequests, never()).reply(any(), any(), any(), anyString());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			page=-1           | 0 | 20
			page=abc          | 0 | 20
			size=100000       | 0 | 100
			page=2&size=0     | 2 | 20
			page=99999999999  | 0 | 20
			size=abc&page=1   | 1 | 20
			sort=title,desc   | 0 | 20
			                  | 0 | 20
			""")
	void anyPageOrSizeShowsASensiblePage(String query, int page, int size) throws Exception {
		this.mvc
			.perform(get("/tenants/" + CUSTOMER + "/service-requests" + ((query != null) ? "?" + query : ""))
				.with(user(ADMIN)))
			.andExpect(status().isOk());

		ArgumentCaptor<Pageable> requested = ArgumentCaptor.forClass(Pageable.class);
		verify(this.serviceRequests).list(eq(CUSTOMER), isNull(), requested.capture());
		assertThat(requested.getValue().getPageNumber()).isEqualTo(page);
		assertThat(requested.getValue().getPageSize()).isEqualTo(size);
	}

	@ParameterizedTest
	@ValueSource(strings = { "abc", "-1" })
	void thePageOfAFilteredListKeepsItsFilter(String page) throws Exception {
		this.mvc
			.perform(get("/tenants/" + CUSTOMER + "/service-requests").param("state", "RESOLVED")
				.param("page", page)
				.with(user(ADMIN)))
			.andExpect(status().isOk());

		ArgumentCaptor<Pageable> requested = ArgumentCaptor.forClass(Pageable.class);
		verify(this.serviceRequests).list(eq(CUSTOMER), eq(ServiceRequestState.RESOLVED), requested.capture());
		assertThat(requested.getValue().getPageNumber()).isZero();
	}

	private void assertErrorAt(String page, String field, String key) {
		String message = this.messages.getMessage(key, null, Locale.ENGLISH);
		// Bean Validation fills in {max} itself: the text up to it is compared
		int placeholder = message.indexOf('{');
		String expected = (placeholder >= 0) ? message.substring(0, placeholder) : message;
		assertThat(page).as("error of %s", field)
			.containsPattern(Pattern
				.compile("id=\"" + field + "-error\"[^>]*>\\s*" + Pattern.quote(HtmlUtils.htmlEscape(expected))));
	}

	private static String expand(String value) {
		return switch (value) {
			case "LONG_TITLE" -> "t".repeat(201);
			case "LONG_TEXT" -> "d".repeat(4001);
			default -> value;
		};
	}

	/**
	 * The portal's security and the beans its pages call ({@code @dates}, {@code @money},
	 * the language switch) and its form binding, which a web slice does not scan by
	 * itself.
	 */
	@TestConfiguration
	@EnableConfigurationProperties(PortalProperties.class)
	@ComponentScan(basePackages = "com.partnerportal.platform", useDefaultFilters = false,
			includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
					pattern = { ".*\\.SecurityConfiguration", ".*\\.PortalLinks", ".*\\.PortalDates",
							".*\\.PortalMoney", ".*\\.LanguageSwitch", ".*\\.Viewer", ".*\\.Navigation",
							".*\\.PageVariables", ".*\\.FormBindingConfiguration" }))
	static class PortalWebLayer {

	}

}
