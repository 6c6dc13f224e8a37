package com.partnerportal.platform.security;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.partnerportal.partner.PartnerRole;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.SessionCookies;
import com.partnerportal.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One session, many requests at once (tabs, parallel loads), over real HTTP with one
 * session cookie, against sessions stored in PostgreSQL: every request answers, the CSRF
 * token is made once (at sign-in), and a request that changes nothing writes nothing to
 * the session tables.
 */
@PortalIntegrationTest
class SessionConcurrencyTest {

	private static final int PARALLEL = 20;

	private static final long SESSION_WRITE_SETTLES_MILLIS = 500;

	private static final String CSRF_ATTRIBUTE = "org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository.CSRF_TOKEN";

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final List<String> PAGES = List.of("/partner", "/partner/invitations", "/partner/customers",
			"/partner/invitations/new");

	@LocalServerPort
	int port;

	@Autowired
	TestData testData;

	@Autowired
	JdbcTemplate jdbc;

	HttpClient http;

	String username;

	@BeforeEach
	void setUp() {
		this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		UUID partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		this.username = this.testData.user(partnerId, PartnerRole.PARTNER_ADMIN, PartnerRole.SALES_AGENT);
	}

	@Test
	void pagesLoadedAtOnceRightAfterSignInAllAnswerAndShareTheTokenMadeAtSignIn() throws Exception {
		String session = signIn();
		byte[] tokenAtSignIn = csrfTokenOf(session);
		assertThat(tokenAtSignIn).as("the CSRF token is made in the sign-in request").isNotNull();

		ExecutorService executor = Executors.newFixedThreadPool(PARALLEL);
		List<HttpResponse<String>> responses = new ArrayList<>();
		try {
			CountDownLatch ready = new CountDownLatch(PARALLEL);
			CountDownLatch go = new CountDownLatch(1);
			List<Future<HttpResponse<String>>> futures = new ArrayList<>();
			for (int i = 0; i < PARALLEL; i++) {
				String page = PAGES.get(i % PAGES.size());
				futures.add(executor.submit(() -> {
					ready.countDown();
					go.await();
					return get(page, session);
				}));
			}
			assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
			go.countDown();
			for (Future<HttpResponse<String>> future : futures) {
				responses.add(future.get(60, TimeUnit.SECONDS));
			}
		}
		finally {
			executor.shutdownNow();
		}

		assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(200);
		assertThat(responses).allSatisfy((response) -> assertThat(response.body()).contains("name=\"_csrf\""));
		assertThat(csrfTokenOf(session)).as("no request made a token of its own").isEqualTo(tokenAtSignIn);
	}

	@Test
	void aPlainGetWritesNothingToTheSession() throws Exception {
		String session = signIn();
		assertThat(get("/partner", session).statusCode()).isEqualTo(200);
		// the session is written after the response has gone out: wait until the row
		// stays still
		AtomicReference<Map<String, Object>> lastSeen = new AtomicReference<>(sessionRow(session));
		await().during(Duration.ofMillis(SESSION_WRITE_SETTLES_MILLIS)).atMost(Duration.ofSeconds(5)).until(() -> {
			Map<String, Object> now = sessionRow(session);
			return now.equals(lastSeen.getAndSet(now));
		});
		Map<String, Object> before = sessionRow(session);
		Map<String, String> attributesBefore = attributes(session);

		assertThat(get("/partner", session).statusCode()).isEqualTo(200);

		await().during(Duration.ofMillis(SESSION_WRITE_SETTLES_MILLIS))
			.atMost(Duration.ofSeconds(5))
			.until(() -> sessionRow(session).equals(before) && attributes(session).equals(attributesBefore));
	}

	@Test
	void anAnonymousGetOfThePublicStartPageMakesNoSession() throws Exception {
		int sessionsBefore = this.jdbc.queryForObject("select count(*) from spring_session", Integer.class);

		HttpResponse<String> response = get("/", null);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().allValues("Set-Cookie")).noneMatch((cookie) -> cookie.startsWith("SESSION="));
		assertThat(this.jdbc.queryForObject("select count(*) from spring_session", Integer.class))
			.isEqualTo(sessionsBefore);
	}

	/**
	 * Signs in through the login form, as a browser does; returns the session cookie.
	 */
	private String signIn() throws Exception {
		HttpResponse<String> form = get("/login", null);
		String anonymousSession = SessionCookies.of(form);
		Matcher csrf = CSRF_FIELD.matcher(form.body());
		assertThat(csrf.find()).isTrue();
		String body = "username=" + encode(this.username) + "&password=" + encode(TestData.PASSWORD) + "&_csrf="
				+ encode(csrf.group(1));
		HttpResponse<String> signedIn = this.http.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", "SESSION=" + anonymousSession)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).doesNotContain("error"));
		return SessionCookies.of(signedIn);
	}

	private HttpResponse<String> get(String path, String session) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).GET();
		if (session != null) {
			request.header("Cookie", "SESSION=" + session);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String sessionId(String cookie) {
		return new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
	}

	private byte[] csrfTokenOf(String cookie) {
		List<byte[]> tokens = this.jdbc.queryForList("""
				select a.attribute_bytes from spring_session_attributes a
				join spring_session s on s.primary_id = a.session_primary_id
				where s.session_id = ? and a.attribute_name = ?""", byte[].class, sessionId(cookie), CSRF_ATTRIBUTE);
		return tokens.isEmpty() ? null : tokens.get(0);
	}

	private Map<String, Object> sessionRow(String cookie) {
		return this.jdbc.queryForMap(
				"select primary_id, last_access_time, expiry_time, principal_name from spring_session where session_id = ?",
				sessionId(cookie));
	}

	private Map<String, String> attributes(String cookie) {
		Map<String, String> attributes = new HashMap<>();
		this.jdbc.query("""
				select a.attribute_name, a.attribute_bytes from spring_session_attributes a
				join spring_session s on s.primary_id = a.session_primary_id where s.session_id = ?""",
				(RowCallbackHandler) (row) -> attributes.put(row.getString(1),
						Base64.getEncoder().encodeToString(row.getBytes(2))),
				sessionId(cookie));
		return attributes;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
