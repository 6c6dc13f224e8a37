package com.partnerportal.invitation.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.partnerportal.invitation.InvitationKind;
import com.partnerportal.invitation.InvitationLinkView;
import com.partnerportal.invitation.InvitationState;
import com.partnerportal.invitation.InvitationSummary;
import com.partnerportal.platform.throttle.Admission;
import com.partnerportal.platform.throttle.ThrottleLimit;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The acceptance form's validation on the web layer alone (controller, form record,
 * advice, security, templates): each bad value comes back at its field with its localized
 * message (422), the organization name typed is kept, and nothing is accepted. Moved here
 * from the full-context {@code InvitationLinkWebTest}, which sent a real invitation for
 * each case; the prefixes the real tenants and reserved names take, and the acceptance
 * itself, stay there.
 */
class AcceptInvitationFormValidationTest extends InvitationWebSlice {

	private static final String TOKEN = "A".repeat(43);

	private static final String DOMAIN_PREFIX_INVALID = "Use 3 to 63 lowercase letters, digits and hyphens, starting and ending with a letter or digit.";

	@BeforeEach
	void anOpenTrialInvitationToANewCustomer() {
		Instant sent = Instant.parse("2026-11-20T10:00:00Z");
		InvitationSummary invitation = new InvitationSummary(UUID.randomUUID(), InvitationKind.TRIAL, "Linked Co",
				"Casey Contact", "casey@linked.example", "en", InvitationState.SENT, List.of("MAIL_PLAN_1"), null, sent,
				sent, null, null, sent.plus(Duration.ofDays(30)), null, null, false, null);
		given(this.invitations.view(eq(TOKEN), any())).willReturn(new InvitationLinkView(invitation, "Fabrikam",
				List.of(), "admin@your-company.cloudportal.example", false, false, null));
		given(this.throttle.admit(any(HttpServletRequest.class), any(ThrottleLimit[].class)))
			.willReturn(new Admission(true, Duration.ZERO));
	}

	static Stream<Arguments> badValues() {
		return Stream.of(Arguments.arguments("organizationName", " ", "organizationName", "Please fill in this field."),
				Arguments.arguments("domainPrefix", "ab", "domainPrefix", DOMAIN_PREFIX_INVALID),
				Arguments.arguments("domainPrefix", "-bad-", "domainPrefix", DOMAIN_PREFIX_INVALID),
				Arguments.arguments("domainPrefix", "Upper", "domainPrefix", DOMAIN_PREFIX_INVALID),
				Arguments.arguments("domainPrefix", "ab--cd", "domainPrefix", DOMAIN_PREFIX_INVALID),
				Arguments.arguments("password", "short-pw1", "password", "Use 10 to 128 characters."),
				Arguments.arguments("passwordConfirmation", "another-good-password", "passwordConfirmation",
						"The two passwords are not the same."));
	}

	@ParameterizedTest(name = "{0} = {1}")
	@MethodSource("badValues")
	void aBadValueComesBackAtItsFieldWithItsMessageAndNothingIsAccepted(String field, String value,
			String fieldWithError, String message) throws Exception {
		String page = HtmlUtils.htmlUnescape(this.mvc.perform(acceptPost(field, value))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrors("form", fieldWithError))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));

		assertThat(page).contains(message, "Please correct the marked fields.");
		if (!"organizationName".equals(field)) {
			assertThat(page).as("what was typed is kept").contains("value=\"Linked Organization\"");
		}
		verifyNoInteractions(this.acceptance, this.signIn);
		verify(this.invitations, never()).decline(any(), any());
	}

	/**
	 * A valid new-tenant form with one field changed; a changed password is confirmed
	 * alike, so that only its length is wrong.
	 */
	private static MockHttpServletRequestBuilder acceptPost(String field, String value) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("organizationName", "Linked Organization");
		form.put("domainPrefix", "linked-org");
		form.put("adminName", "Ann Admin");
		form.put("password", "a-good-password");
		form.put("passwordConfirmation", "a-good-password");
		form.put(field, value);
		if ("password".equals(field)) {
			form.put("passwordConfirmation", value);
		}
		MockHttpServletRequestBuilder request = post("/invitations/{token}/accept", TOKEN).with(csrf());
		form.forEach(request::param);
		return request;
	}

}
