package com.partnerportal.platform;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PortalLinksTest {

	@Test
	void theConfiguredBaseUrlIsTheOnlySourceAndDecidesHttps() {
		PortalLinks links = links("https://portal.example.com/", 8080);

		assertThat(links.absolute("/invitations/x")).isEqualTo("https://portal.example.com/invitations/x");
		assertThat(links.servedOverHttps()).isTrue();
	}

	@Test
	void withoutABaseUrlTheServersOwnPortOnLocalhostIsUsed() {
		PortalLinks links = links("", 9090);

		assertThat(links.absolute("/customer")).isEqualTo("http://localhost:9090/customer");
		assertThat(links.servedOverHttps()).isFalse();
	}

	@Test
	void refusesABaseUrlThatIsNotAnAbsoluteHttpAddress() {
		assertThatIllegalArgumentException().isThrownBy(() -> links("portal.example.com", 8080));
		assertThatIllegalArgumentException().isThrownBy(() -> links("javascript:alert(1)", 8080));
		assertThatIllegalArgumentException().isThrownBy(() -> links("https://portal.example.com/?next=x", 8080));
	}

	private static PortalLinks links(String baseUrl, int port) {
		return new PortalLinks(new PortalProperties(baseUrl, Duration.ofDays(30), "cloudportal.example"), port);
	}

}
