package com.partnerportal.platform.web;

import com.partnerportal.testing.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With the embedded default's plain-HTTP base URL: a request that came over TLS gets a
 * Secure session cookie and HSTS; a plain one gets neither (HSTS over HTTP would be
 * ignored, and a Secure cookie would never come back).
 */
@PortalIntegrationTest
class HttpsHeadersTest {

	@Autowired
	MockMvc mvc;

	@Test
	void aRequestOverTlsGetsASecureSessionCookieAndHsts() throws Exception {
		MvcResult result = this.mvc.perform(get("/login").secure(true)).andExpect(status().isOk()).andReturn();

		assertThat(result.getResponse().getHeader("Strict-Transport-Security")).contains("max-age=");
		assertThat(result.getResponse().getHeaders("Set-Cookie")).filteredOn((cookie) -> cookie.startsWith("SESSION="))
			.isNotEmpty()
			.allMatch((cookie) -> cookie.contains("; Secure"));
	}

	@Test
	void aPlainRequestToAPlainBaseUrlGetsNeither() throws Exception {
		MvcResult result = this.mvc.perform(get("/login")).andExpect(status().isOk()).andReturn();

		assertThat(result.getResponse().getHeader("Strict-Transport-Security")).isNull();
		assertThat(result.getResponse().getHeaders("Set-Cookie")).filteredOn((cookie) -> cookie.startsWith("SESSION="))
			.isNotEmpty()
			.noneMatch((cookie) -> cookie.contains("; Secure"));
	}

}
