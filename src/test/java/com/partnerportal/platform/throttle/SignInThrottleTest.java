package com.partnerportal.platform.throttle;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import com.partnerportal.partner.PartnerRole;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestClock;
import com.partnerportal.testing.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Brute-force protection of the sign-in form, over real HTTP on a real PostgreSQL: the
 * test profile keeps the default of 5 failures per account per 15 minutes (one more every
 * 3 minutes).
 */
@PortalIntegrationTest
class SignInThrottleTest {

	private static final String WRONG_PASSWORD = "not-the-password";

	@LocalServerPort
	int port;

	@Autowired
	TestData testData;

	@Autowired
	TestClock clock;

	String account;

	String otherAccount;

	@BeforeEach
	void setUp() {
		UUID partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		this.account = this.testData.user(partnerId, PartnerRole.SALES_AGENT);
		this.otherAccount = this.testData.user(partnerId, PartnerRole.SALES_AGENT);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void afterFiveFailuresEvenTheRightPasswordIsRefusedWithWhenToTryAgain() throws Exception {
		SignInClient attacker = new SignInClient(this.port, "127.0.0.11", "en");
		for (int i = 0; i < 5; i++) {
			assertRedirectedTo(attacker.signIn(this.account, WRONG_PASSWORD), "/login?error");
		}

		HttpResponse<String> refused = attacker.signIn(this.account, TestData.PASSWORD);

		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After"))
			.hasValueSatisfying((seconds) -> assertThat(Long.parseLong(seconds)).isBetween(170L, 180L));
		assertThat(SignInClient.text(refused)).contains("Too many failed sign-in attempts for this account",
				"Even the right password is refused for now: please try again in 3 min.");
		assertThat(SignInClient.text(refused)).contains("name=\"username\"");
	}

	@Test
	void theAccountsOwnerFromAnotherAddressIsRefusedToo() throws Exception {
		SignInClient attacker = new SignInClient(this.port, "127.0.0.12", "en");
		for (int i = 0; i < 5; i++) {
			attacker.signIn(this.account.toUpperCase(), WRONG_PASSWORD);
		}

		HttpResponse<String> owner = new SignInClient(this.port, "127.0.0.13", "ja").signIn(" " + this.account,
				TestData.PASSWORD);

		assertThat(owner.statusCode()).isEqualTo(429);
		assertThat(SignInClient.text(owner)).contains("3 分後にもう一度お試しください。");
	}

	@Test
	void anotherAccountFromAnotherAddressSignsInMeanwhile() throws Exception {
		SignInClient attacker = new SignInClient(this.port, "127.0.0.14", "en");
		for (int i = 0; i < 6; i++) {
			attacker.signIn(this.account, WRONG_PASSWORD);
		}

		HttpResponse<String> other = new SignInClient(this.port, "127.0.0.15", "ko").signIn(this.otherAccount,
				TestData.PASSWORD);

		assertRedirectedTo(other, "/partner");
	}

	@Test
	void afterTheWindowTheRightPasswordWorksAgain() throws Exception {
		SignInClient attacker = new SignInClient(this.port, "127.0.0.16", "en");
		for (int i = 0; i < 5; i++) {
			attacker.signIn(this.account, WRONG_PASSWORD);
		}
		assertThat(attacker.signIn(this.account, TestData.PASSWORD).statusCode()).isEqualTo(429);

		this.clock.advance(Duration.ofMinutes(15));

		assertRedirectedTo(new SignInClient(this.port, "127.0.0.16", "en").signIn(this.account, TestData.PASSWORD),
				"/partner");
	}

	@Test
	void successfulSignInsDoNotUseUpTheBudget() throws Exception {
		SignInClient owner = new SignInClient(this.port, "127.0.0.17", "en");
		for (int i = 0; i < 8; i++) {
			assertRedirectedTo(new SignInClient(this.port, "127.0.0.17", "en").signIn(this.account, TestData.PASSWORD),
					"/partner");
		}
		for (int i = 0; i < 4; i++) {
			assertRedirectedTo(owner.signIn(this.account, WRONG_PASSWORD), "/login?error");
		}

		assertRedirectedTo(owner.signIn(this.account, TestData.PASSWORD), "/partner");
	}

	private static void assertRedirectedTo(HttpResponse<String> response, String path) {
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith(path));
	}

}
