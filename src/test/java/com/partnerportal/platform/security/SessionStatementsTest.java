package com.partnerportal.platform.security;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each request costs the session tables, counted on the data source (statements
 * naming {@code spring_session}) over real HTTP: a page without a form and without a
 * session touches them not at all; the sign-in page (a form, so a CSRF token) creates the
 * session once and reads nothing; a signed-in page and a POST that leaves the session as
 * it was read it once and write nothing.
 */
@PortalIntegrationTest
class SessionStatementsTest {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	TestData testData;

	HttpClient http;

	String username;

	@BeforeEach
	void setUp() {
		this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		UUID partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		this.username = this.testData.user(partnerId, PartnerRole.PARTNER_ADMIN, PartnerRole.SALES_AGENT);
	}

	@Test
	void anAnonymousPageWithoutAFormTouchesNoSessionTable() throws Exception {
		AtomicReference<HttpResponse<String>> response = new AtomicReference<>();

		List<String> statements = SessionTableStatements.during(() -> response.set(get("/", null)));

		assertThat(response.get().statusCode()).isEqualTo(200);
		assertThat(statements).isEmpty();
	}

	@Test
	void theAnonymousSignInPageCreatesItsSessionOnceAndReadsNothing() throws Exception {
		AtomicReference<HttpResponse<String>> response = new AtomicReference<>();

		List<String> statements = SessionTableStatements.during(() -> response.set(get("/login", null)));

		assertThat(response.get().statusCode()).isEqualTo(200);
		assertThat(response.get().body()).contains("name=\"_csrf\"");
		assertThat(SessionTableStatements.reads(statements)).isZero();
		assertThat(statements).as("the session row and its CSRF token, each inserted once")
			.hasSize(2)
			.anySatisfy((sql) -> assertThat(sql).startsWith("insert into spring_session ("))
			.anySatisfy((sql) -> assertThat(sql).startsWith("insert into spring_session_attributes"));
	}

	@Test
	void aSignedInReadOnlyPageReadsTheSessionOnceAndWritesNothing() throws Exception {
		String session = signIn();
		assertThat(get("/partner", session).statusCode()).isEqualTo(200);
		AtomicReference<HttpResponse<String>> response = new AtomicReference<>();

		List<String> statements = SessionTableStatements.during(() -> response.set(get("/partner", session)));

		assertThat(response.get().statusCode()).isEqualTo(200);
		assertThat(SessionTableStatements.reads(statements)).isEqualTo(1);
		assertThat(SessionTableStatements.writes(statements)).isZero();
	}

	@Test
	void aPostThatLeavesTheSessionAsItWasReadsItOnceAndWritesNothing() throws Exception {
		String session = signIn();
		HttpResponse<String> page = get("/partner", session);
		Matcher csrf = CSRF_FIELD.matcher(page.body());
		assertThat(csrf.find()).isTrue();
		String form = "lang=ja&returnTo=" + encode("/partner") + "&_csrf=" + encode(csrf.group(1));
		AtomicReference<HttpResponse<String>> response = new AtomicReference<>();

		List<String> statements = SessionTableStatements
			.during(() -> response.set(post("/account/language", session, form)));

		assertThat(response.get().statusCode()).isEqualTo(302);
		assertThat(SessionTableStatements.reads(statements)).isEqualTo(1);
		assertThat(SessionTableStatements.writes(statements)).isZero();
	}

	@Test
	void signingInWritesTheSessionInTheSignInRequestOnly() throws Exception {
		HttpResponse<String> form = get("/login", null);
		String anonymousSession = SessionCookies.of(form);
		Matcher csrf = CSRF_FIELD.matcher(form.body());
		assertThat(csrf.find()).isTrue();
		String body = "username=" + encode(this.username) + "&password=" + encode(TestData.PASSWORD) + "&_csrf="
				+ encode(csrf.group(1));
		AtomicReference<HttpResponse<String>> signedIn = new AtomicReference<>();

		List<String> statements = SessionTableStatements
			.during(() -> signedIn.set(post("/login", anonymousSession, body)));

		assertThat(signedIn.get().statusCode()).isEqualTo(302);
		assertThat(SessionTableStatements.reads(statements)).isEqualTo(1);
		assertThat(SessionTableStatements.writes(statements)).as("new id, principal, security context, new token")
			.isPositive();
		String session = SessionCookies.of(signedIn.get());
		assertThat(SessionTableStatements.writes(SessionTableStatements.during(() -> get("/partner", session))))
			.isZero();
	}

	private String signIn() throws Exception {
		HttpResponse<String> form = get("/login", null);
		String anonymousSession = SessionCookies.of(form);
		Matcher csrf = CSRF_FIELD.matcher(form.body());
		assertThat(csrf.find()).isTrue();
		String body = "username=" + encode(this.username) + "&password=" + encode(TestData.PASSWORD) + "&_csrf="
				+ encode(csrf.group(1));
		HttpResponse<String> signedIn = post("/login", anonymousSession, body);
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

	private HttpResponse<String> post(String path, String session, String form) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(path))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", "SESSION=" + session)
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
