package com.partnerportal.platform.web;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.partnerportal.partner.PartnerRole;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.SessionCookies;
import com.partnerportal.testing.TestData;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Overload: with every connection of the pool held (by test threads, released together at
 * the end), a page that needs the database gets 503 with {@code Retry-After} and a short
 * page in the visitor's language once the pool's wait runs out, never a 500; and answers
 * again once connections are free.
 */
@PortalIntegrationTest
class DatabaseBusyPageTest {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	TestData testData;

	@Autowired
	DataSource dataSource;

	HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void pagesGet503WithRetryAfterWhileThePoolIsExhausted() throws Exception {
		UUID partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		String session = signIn(this.testData.user(partnerId, PartnerRole.PARTNER_ADMIN));
		HikariDataSource pool = this.dataSource.unwrap(HikariDataSource.class);
		int connections = pool.getMaximumPoolSize();
		String invitationLink = "/invitations/" + "A".repeat(43);
		List<HttpResponse<String>> responses = new ArrayList<>();

		ExecutorService holders = Executors.newFixedThreadPool(connections);
		CountDownLatch held = new CountDownLatch(connections);
		CountDownLatch release = new CountDownLatch(1);
		try {
			List<Future<?>> holding = new ArrayList<>();
			for (int i = 0; i < connections; i++) {
				holding.add(holders.submit(() -> {
					try (Connection connection = pool.getConnection()) {
						held.countDown();
						release.await();
					}
					return null;
				}));
			}
			assertThat(held.await(30, TimeUnit.SECONDS)).as("the test holds every connection").isTrue();

			responses.add(get("/partner", session, "ja"));
			responses.add(get(invitationLink, null, "ko"));
			responses.add(get("/login", null, "en"));

			release.countDown();
			for (Future<?> future : holding) {
				future.get(30, TimeUnit.SECONDS);
			}
		}
		finally {
			release.countDown();
			holders.shutdownNow();
		}

		assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(503);
		assertThat(responses)
			.allSatisfy((response) -> assertThat(response.headers().firstValue("Retry-After")).hasValue("5"));
		assertThat(responses.get(0).body()).contains("ポータルが混み合っています").contains("lang=\"ja\"");
		assertThat(responses.get(1).body()).contains("포털이 혼잡합니다");
		assertThat(responses.get(2).body()).contains("The portal is busy").doesNotContain("Exception");
		assertThat(get("/partner", session, "en").statusCode()).as("answers again with connections free")
			.isEqualTo(200);
	}

	private String signIn(String username) throws Exception {
		HttpResponse<String> form = get("/login", null, "en");
		String anonymousSession = SessionCookies.of(form);
		Matcher csrf = CSRF_FIELD.matcher(form.body());
		assertThat(csrf.find()).isTrue();
		String body = "username=" + encode(username) + "&password=" + encode(TestData.PASSWORD) + "&_csrf="
				+ encode(csrf.group(1));
		HttpResponse<String> signedIn = this.http.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", "SESSION=" + anonymousSession)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		return SessionCookies.of(signedIn);
	}

	private HttpResponse<String> get(String path, String session, String language) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.timeout(Duration.ofSeconds(60))
			.header("Accept-Language", language)
			.GET();
		if (session != null) {
			request.header("Cookie", "SESSION=" + session);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
