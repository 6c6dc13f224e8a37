package com.partnerportal.invitation.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import com.partnerportal.catalog.OfferView;
import com.partnerportal.catalog.TrialTerms;
import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.testing.RejectedFormPage;
import com.partnerportal.testing.TestMoney;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The new-trial-invitation form's validation on the web layer alone (controller, form
 * record, advice, security, templates): each bad value comes back at its field with its
 * localized message (422), the rest of the form is kept, and nothing is sent. Moved here
 * from the full-context {@code PartnerInvitationWebTest}, which signed up a partner for
 * each case; the rules that need the partner's real authorizations stay there.
 */
class TrialInvitationFormValidationTest extends InvitationWebSlice {

	private static final PortalUser SALES = new PortalUser(UUID.randomUUID(), AccountKind.PARTNER_USER,
			UUID.randomUUID(), "sales@fabrikam.example", "Sam Sales", Locale.ENGLISH,
			Set.of("PARTNER_USER", "SALES_AGENT"), "{noop}unused");

	@BeforeEach
	void signedAgreementAndOneTrialOffer() {
		given(this.partners.hasSignedAgreement(any())).willReturn(true);
		given(this.invitations.trialOffersFor(SALES.organizationId()))
			.willReturn(List.of(new OfferView("MAIL_PLAN_1", Set.of("MAIL"), TestMoney.of("4.00", "USD"),
					TestMoney.of("48.00", "USD"), new TrialTerms(30, 25), 1, 10000, 1)));
	}

	static Stream<Arguments> badValues() {
		return Stream.of(Arguments.arguments("companyName", "  ", "Please fill in this field."),
				Arguments.arguments("email", "not-an-email", "Enter an email address such as name@example.com."),
				Arguments.arguments("offerCodes", null, "Choose at least one offer."),
				Arguments.arguments("companyName", "x".repeat(201), "Use at most 200 characters."),
				Arguments.arguments("personalMessage", "y".repeat(1001), "Use at most 1000 characters."),
				Arguments.arguments("language", "fr", "Choose English, Japanese or Korean."));
	}

	@ParameterizedTest(name = "{0} = {1}")
	@MethodSource("badValues")
	void aBadValueComesBackAtItsFieldWithItsMessageAndNothingIsSent(String field, String value, String message)
			throws Exception {
		String page = page(this.mvc.perform(formWith("en", field, value))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrors("form", field))
			.andReturn());

		assertThat(page).contains(message, "Please correct the marked fields.");
		if (!"contactName".equals(field)) {
			assertThat(page).as("the rest of the form is kept").contains("value=\"Casey Contact\"");
		}
		verifyNothingSent();
	}

	@Test
	void showsTheValidationMessageInJapaneseForAJapaneseBrowser() throws Exception {
		String page = page(this.mvc.perform(formWith("ja", "companyName", "").header("Accept-Language", "ja"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrors("form", "companyName"))
			.andReturn());

		assertThat(page).contains("この項目を入力してください。", "マークされた項目を修正してください。").doesNotContain("Please fill in this field.");
		verifyNothingSent();
	}

	@Test
	void showsTheValidationMessageInKoreanForAKoreanBrowser() throws Exception {
		String page = page(this.mvc.perform(formWith("ko", "email", "not-an-email").header("Accept-Language", "ko"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrors("form", "email"))
			.andReturn());

		assertThat(page).contains("name@example.com과 같은 이메일 주소를 입력하세요.", "표시된 필드를 수정하세요.")
			.doesNotContain("Enter an email address such as name@example.com.");
		verifyNothingSent();
	}

	/**
	 * As a screen reader meets the rejected form (moved from the full-context
	 * {@code AccessibleFormsWebTest}).
	 */
	@Test
	void everyInvalidFieldOfTheInvitationFormIsMarkedAndTiedToItsMessage() throws Exception {
		String page = this.mvc
			.perform(post("/partner/invitations").with(csrf())
				.with(user(SALES))
				.param("companyName", "")
				.param("contactName", "")
				.param("email", "not-an-email")
				.param("language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(RejectedFormPage.title(page)).isEqualTo("Error: New trial invitation · Partner Portal");
		RejectedFormPage.assertEveryInvalidControlIsDescribedAndSummarized(page);
		// the offers' message belongs to their fieldset (legend + described-by) and each
		// box
		assertThat(RejectedFormPage.tag(page, "offerCodes")).startsWith("<fieldset").contains("offerCodes-error");
		assertThat(RejectedFormPage.tag(page, "offer-MAIL_PLAN_1")).contains("aria-invalid=\"true\"")
			.contains("aria-describedby=\"offerCodes-error\"");
		assertThat(RejectedFormPage.tag(page, "email")).contains("aria-invalid=\"true\"");
		assertThat(RejectedFormPage.summaryLinks(page)).contains("offerCodes", "companyName", "contactName", "email");
		// a valid field is not marked
		assertThat(RejectedFormPage.tag(page, "language")).doesNotContain("aria-invalid");
		verifyNothingSent();
	}

	/**
	 * Moved from the full-context {@code AccessibleFormsWebTest}.
	 */
	@ParameterizedTest
	@CsvSource({ "ja, エラー: 新しい試用版の招待 · パートナー ポータル", "ko, 오류: 새 평가판 초대 · 파트너 포털" })
	void aRejectedFormIsTitledAsAnErrorInEveryLanguage(String language, String expectedTitle) throws Exception {
		String page = this.mvc
			.perform(post("/partner/invitations").with(csrf())
				.with(user(SALES))
				.param("lang", language)
				.param("language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(RejectedFormPage.title(page)).isEqualTo(expectedTitle);
		verifyNothingSent();
	}

	private void verifyNothingSent() {
		verify(this.invitations, never()).send(any(), any(), anyBoolean());
	}

	/**
	 * A valid new-customer form in this language with one field changed (left out when
	 * the value is {@code null}).
	 */
	private static MockHttpServletRequestBuilder formWith(String language, String field, String value) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("companyName", "Contoso Customer");
		form.put("contactName", "Casey Contact");
		form.put("email", "casey@contoso.example");
		form.put("language", language);
		form.put("personalMessage", "Welcome!");
		form.put("offerCodes", "MAIL_PLAN_1");
		form.put(field, value);
		MockHttpServletRequestBuilder request = post("/partner/invitations").with(csrf()).with(user(SALES));
		form.forEach((name, given) -> {
			if (given != null) {
				request.param(name, given);
			}
		});
		return request;
	}

	private static String page(MvcResult result) throws Exception {
		return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
