package com.partnerportal.demo;

import com.partnerportal.platform.security.BackOfficeAdmins;
import com.partnerportal.testing.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo data is there when the portal reports ready, and it is loaded before the web
 * server starts (the failure case is {@link DemoDataStartupTest}).
 */
@PortalIntegrationTest
class DemoDataTest {

	@Autowired
	DemoData demoData;

	@Autowired
	BackOfficeAdmins admins;

	@Autowired
	MockMvc mvc;

	@Test
	void demoDataIsLoadedWhenThePortalReportsReady() throws Exception {
		this.mvc.perform(get("/actuator/health/readiness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));

		assertThat(this.demoData.isRunning()).isTrue();
		assertThat(this.admins.exists("admin@operator.example")).isTrue();
	}

	@Test
	void demoDataLoadsInALifecyclePhaseBeforeTheWebServerStarts() {
		assertThat(this.demoData.getPhase()).isLessThan(WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE);
	}

}
