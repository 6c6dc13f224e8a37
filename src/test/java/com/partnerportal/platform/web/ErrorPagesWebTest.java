package com.partnerportal.platform.web;

import java.util.UUID;

import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.support.PortalIntegrationTest;
import com.partnerportal.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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

	private PortalUser partnerUser() {
		UUID partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		return this.testData.principal(this.partners, this.testData.user(partnerId, PartnerRole.SALES_AGENT));
	}

}
