package com.partnerportal.platform.web;

import java.util.UUID;

import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestData;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The error pages of item 10 of issue 7: an unknown filter value is a 400 page in the
 * layout and the reader's language, {@code /error} opened directly is not a server error,
 * and a method an address does not take is a 405 page.
 */
@PortalIntegrationTest
class ErrorPagesWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	Partners partners;

	@Test
	void anUnknownStateOnTheInvitationsListIsA400PageInTheLayoutInTheReadersLanguage() throws Exception {
		this.mvc
			.perform(get("/partner/invitations").param("state", "BOGUS")
				.with(user(partnerUser()))
				.header("Accept-Language", "ja")
				.accept("text/html"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("portal-brand")))
			.andExpect(content().string(containsString("アドレスに、ポータルが認識できない値")));
		this.mvc
			.perform(get("/partner/invitations").param("state", "BOGUS")
				.with(user(partnerUser()))
				.header("Accept-Language", "ko"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("주소에 포털이 알 수 없는 값")));
	}

	@Test
	void theErrorAddressOpenedDirectlyIsNotFoundRatherThanAServerError() throws Exception {
		this.mvc.perform(get("/error").accept("text/html"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("There is nothing here.")));
		this.mvc.perform(get("/error").with(user(partnerUser())).accept("text/html")).andExpect(status().isNotFound());
		this.mvc.perform(get("/error").accept("application/json")).andExpect(status().isNotFound());
	}

	@Test
	void aMethodTheAddressDoesNotTakeIsA405PageInTheLayout() throws Exception {
		this.mvc.perform(put("/partner/offers").with(csrf()).with(user(partnerUser())).accept("text/html"))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(header().string("Allow", containsString("POST")))
			.andExpect(content().string(containsString("portal-brand")))
			.andExpect(content().string(containsString("This address cannot be used this way.")));
	}

	@Test
	void aMissingRequiredParameterIsA400Page() throws Exception {
		// no handler of the portal requires a parameter today; an id that is not one
		// stands
		// for the values the address carries
		this.mvc.perform(get("/partner/invitations/" + "not-an-id").with(user(partnerUser())).accept("text/html"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("portal-brand")));
	}

	/**
	 * Whatever reaches {@code /error} (a status set by Spring Security, by a servlet, by
	 * an exception nobody handled) is shown on the one error page with its status's own
	 * title and text, in the reader's language.
	 */
	@ParameterizedTest(name = "{0} in {1}")
	@CsvSource(delimiter = '|', textBlock = """
			400 | en | Request not understood   | The request could not be understood.
			403 | en | Not allowed              | You are not allowed to do this.
			404 | en | Not found                | There is nothing here.
			405 | en | Request not understood   | The request could not be understood.
			409 | en | Not possible right now   | This cannot be done in the current state.
			429 | en | Too many requests        | Please try again later.
			500 | en | Something went wrong     | Something went wrong on our side.
			503 | en | Something went wrong     | Something went wrong on our side.
			403 | ja | 許可されていません        | この操作を行う権限がありません。
			404 | ja | 見つかりません            | このページには何もありません。
			409 | ja | 現在この操作は実行できません | 現在の状態ではこの操作を実行できません。
			429 | ja | リクエストが多すぎます      | しばらくしてからもう一度お試しください。
			500 | ja | 問題が発生しました        | システム側で問題が発生しました。
			""")
	void everyStatusIsShownOnTheOneErrorPageWithItsOwnTitleAndText(int status, String language, String title,
			String text) throws Exception {
		this.mvc
			.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
				.header("Accept-Language", language)
				.accept("text/html"))
			.andExpect(status().is(status))
			.andExpect(view().name("error/page"))
			.andExpect(content().string(containsString("portal-brand")))
			.andExpect(content().string(containsString("<h1 class=\"h3\">" + title + "</h1>")))
			.andExpect(content().string(containsString(text)))
			.andExpect(content().string(containsString(">" + status + "</p>")))
			.andExpect(content().string(not(containsString("??"))));
	}

	@Test
	void anExceptionMappedToAnErrorPageUsesTheOneErrorPageWithItsMessage() throws Exception {
		this.mvc
			.perform(get("/partner/customers/" + UUID.randomUUID()).with(user(partnerUser()))
				.header("Accept-Language", "en")
				.accept("text/html"))
			.andExpect(status().isNotFound())
			.andExpect(view().name("error/page"))
			.andExpect(content().string(containsString("<h1 class=\"h3\">Not found</h1>")))
			.andExpect(content().string(containsString("There is nothing here.")));
		this.mvc
			.perform(get("/partner/invitations").param("state", "BOGUS")
				.with(user(partnerUser()))
				.header("Accept-Language", "en")
				.accept("text/html"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("error/page"))
			.andExpect(content().string(containsString("<h1 class=\"h3\">Request not understood</h1>")))
			.andExpect(content().string(containsString(">400</p>")));
	}

	private PortalUser partnerUser() {
		UUID partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		return this.testData.principal(this.partners, this.testData.user(partnerId, PartnerRole.SALES_AGENT));
	}

}
