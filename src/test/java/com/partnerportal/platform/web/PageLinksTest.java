package com.partnerportal.platform.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

class PageLinksTest {

	private final PageLinks links = new PageLinks();

	@AfterEach
	void forgetRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void keepsTheFiltersAndTheSortAndChangesOnlyThePage() {
		MockHttpServletRequest request = request("/admin/support");
		request.addParameter("page", "2");
		request.addParameter("severity", "CRITICAL");
		request.addParameter("sort", "dueAt,asc");

		assertThat(this.links.at(3)).isEqualTo("/admin/support?severity=CRITICAL&sort=dueAt,asc&page=3");
	}

	@Test
	void encodesWhatTheVisitorTyped() {
		MockHttpServletRequest request = request("/admin/customers");
		request.addParameter("q", "Adatum & Co 東京");

		assertThat(this.links.at(1)).isEqualTo("/admin/customers?q=Adatum%20%26%20Co%20%E6%9D%B1%E4%BA%AC&page=1");
	}

	@Test
	void keepsEveryValueOfARepeatedFilter() {
		MockHttpServletRequest request = request("/admin/partners");
		request.addParameter("program", "CLOUD_ESSENTIALS", "CLOUD_ACCELERATE");

		assertThat(this.links.at(0))
			.isEqualTo("/admin/partners?program=CLOUD_ESSENTIALS&program=CLOUD_ACCELERATE&page=0");
	}

	private static MockHttpServletRequest request(String path) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		return request;
	}

}
