package com.partnerportal.invitation.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.testing.RejectedFormPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Input the purchase-offer form cannot even convert, on the web layer alone (controller,
 * advice, security): it comes back at its field with what was typed (422), and a row
 * index no form has gets a 400 page; the service is never asked. Moved here from the
 * full-context {@code PurchaseOfferBadInputWebTest}, which each time set up a signed
 * partner first.
 */
class PurchaseOfferFormBindingTest extends InvitationWebSlice {

	private static final PortalUser SALES = new PortalUser(UUID.randomUUID(), AccountKind.PARTNER_USER,
			UUID.randomUUID(), "sales@fabrikam.example", "Sam Sales", Locale.ENGLISH,
			Set.of("PARTNER_USER", "SALES_AGENT"), "{noop}unused");

	@BeforeEach
	void signedAgreement() {
		given(this.partners.hasSignedAgreement(any())).willReturn(true);
	}

	@ParameterizedTest
	@ValueSource(strings = { "abc", "10,000", "1.5", "999999999999" })
	void aQuantityThatIsNotANumberComesBackAtItsRowWithTheRestOfTheForm(String quantity) throws Exception {
		this.mvc
			.perform(newCustomer("30").param("lines[0].offerCode", "MAIL_PLAN_1")
				.param("lines[0].quantity", quantity)
				.param("lines[0].billingTerm", "MONTHLY"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Enter the number of licenses using digits only (1 to 10000).")))
			.andExpect(content().string(containsString("value=\"Bad Input Co\"")));
		verifyNothingSent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "abc", "-", "2.5", "99999999999999" })
	void validDaysThatAreNotANumberComeBackAtTheField(String validDays) throws Exception {
		this.mvc
			.perform(newCustomer(validDays).param("lines[0].offerCode", "MAIL_PLAN_1")
				.param("lines[0].quantity", "2")
				.param("lines[0].billingTerm", "MONTHLY"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Enter a whole number using digits only, such as 25.")));
		verifyNothingSent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "WEEKLY", "BOGUS", "monthly " })
	void anUnknownBillingTermComesBackAtItsRow(String term) throws Exception {
		this.mvc
			.perform(newCustomer("30").param("lines[0].offerCode", "MAIL_PLAN_1")
				.param("lines[0].quantity", "2")
				.param("lines[0].billingTerm", term))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Choose monthly or annual billing.")));
		verifyNothingSent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "lines[99999].quantity", "lines[-1].quantity", "lines[100].offerCode" })
	void aRowTheFormDoesNotHaveGetsA400Page(String parameter) throws Exception {
		this.mvc.perform(newCustomer("30").param(parameter, "1"))
			.andExpect(status().isBadRequest())
			.andExpect(content()
				.string(containsString("The form sent more rows than it has. Reload the form and try again.")));
		verifyNothingSent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "abc", "1.5" })
	void withoutItsCsrfTokenTheFormIsRefusedBeforeBinding(String quantity) throws Exception {
		this.mvc
			.perform(post("/partner/offers").with(user(SALES))
				.param("companyName", "Bad Input Co")
				.param("lines[0].quantity", quantity))
			.andExpect(status().isForbidden());
		verifyNothingSent();
	}

	/**
	 * Moved from the full-context {@code PurchaseOfferBadInputWebTest}, which keeps the
	 * service's own refusal of six lines and five lines sent for real.
	 */
	@Test
	void sixLinesAreRefusedWithTheLimitAndNothingIsSent() throws Exception {
		List<String> sixOffers = List.of("BUSINESS_ESSENTIALS", "BUSINESS_STANDARD", "BUSINESS_PREMIUM", "MAIL_PLAN_1",
				"MAIL_ARCHIVING", "APPS_FOR_BUSINESS");
		MockHttpServletRequestBuilder request = newCustomer("30");
		for (int row = 0; row < sixOffers.size(); row++) {
			request.param("lines[" + row + "].offerCode", sixOffers.get(row))
				.param("lines[" + row + "].quantity", "1")
				.param("lines[" + row + "].billingTerm", "MONTHLY");
		}
		this.mvc.perform(request)
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("An offer can have at most 5 lines.")))
			.andExpect(content().string(containsString("value=\"Bad Input Co\"")));
		verifyNothingSent();
	}

	/**
	 * Moved from the full-context {@code PurchaseOfferBadInputWebTest}.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "lines[300].quantity", "lines[100].offerCode", "lines[-1].quantity" })
	void totalsForARowTheFormDoesNotHaveGetA400Page(String parameter) throws Exception {
		this.mvc.perform(get("/partner/offers/totals").with(user(SALES)).param(parameter, "1"))
			.andExpect(status().isBadRequest())
			.andExpect(content()
				.string(containsString("The form sent more rows than it has. Reload the form and try again.")));
	}

	/**
	 * As a screen reader meets the rejected row (moved from the full-context
	 * {@code AccessibleFormsWebTest}).
	 */
	@Test
	void aRejectedOfferLineQuantityIsTiedToItsOwnField() throws Exception {
		String page = this.mvc
			.perform(newCustomer("30").param("lines[0].offerCode", "MAIL_PLAN_1")
				.param("lines[0].quantity", "0")
				.param("lines[0].billingTerm", "MONTHLY"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(RejectedFormPage.tag(page, "lines0.quantity")).contains("aria-invalid=\"true\"")
			.contains("aria-describedby=\"lines0.quantity-error\"");
		assertThat(page).contains("id=\"lines0.quantity-error\"");
		assertThat(RejectedFormPage.summaryLinks(page)).containsExactly("lines0.quantity");
		RejectedFormPage.assertEveryInvalidControlIsDescribedAndSummarized(page);
		verifyNothingSent();
	}

	private void verifyNothingSent() {
		verify(this.offers, never()).send(any(), any(), org.mockito.ArgumentMatchers.anyBoolean());
	}

	private MockHttpServletRequestBuilder newCustomer(String validDays) {
		return post("/partner/offers").with(csrf())
			.with(user(SALES))
			.param("companyName", "Bad Input Co")
			.param("contactName", "Bea Input")
			.param("email", "bea@bad-input.example")
			.param("language", "en")
			.param("validDays", validDays);
	}

}
