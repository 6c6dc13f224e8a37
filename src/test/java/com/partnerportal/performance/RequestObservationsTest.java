package com.partnerportal.performance;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.partnerportal.partner.PartnerRole;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.SessionCookies;
import com.partnerportal.testing.TestData;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.security.config.observation.SecurityObservationSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9: the per-request work that the profile showed and that serves nobody stays
 * away. No observation is made while a visitor signs in and a partner's page is served
 * (Spring Security's filters, authentication and authorization, the HTTP request, the
 * repositories: the portal exposes no metrics); and no page evaluates a Spring Security
 * access expression ({@code sec:authorize}) to decide which links to show.
 */
@PortalIntegrationTest
class RequestObservationsTest {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	TestData testData;

	@Autowired
	ObservationRegistry observations;

	@Autowired
	SecurityObservationSettings securityObservations;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void signingInAndServingAPageObservesNothing() throws Exception {
		UUID partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		String username = this.testData.user(partnerId, PartnerRole.PARTNER_ADMIN, PartnerRole.SALES_AGENT);
		Recorder recorder = new Recorder();
		this.observations.observationConfig().observationHandler(recorder);
		try {
			recorder.recording.set(true);
			String session = signIn(username);
			HttpResponse<String> overview = get("/partner", session);
			HttpResponse<String> invitations = get("/partner/invitations", session);
			recorder.recording.set(false);

			assertThat(overview.statusCode()).isEqualTo(200);
			assertThat(invitations.statusCode()).isEqualTo(200);
			assertThat(recorder.started).as("observations started while serving the pages").isEmpty();
		}
		finally {
			recorder.recording.set(false);
		}
		assertThat(this.securityObservations.shouldObserveRequests()).isFalse();
		assertThat(this.securityObservations.shouldObserveAuthentications()).isFalse();
		assertThat(this.securityObservations.shouldObserveAuthorizations()).isFalse();
	}

	@Test
	void noPageEvaluatesAnAccessExpression() throws Exception {
		// sec:authorize built an evaluation context per link; the pages read the viewer
		// once (platform.web.Viewer) and the menus are rendered once (Navigation)
		Resource[] templates = new PathMatchingResourcePatternResolver()
			.getResources("classpath*:/templates/**/*.html");
		assertThat(templates).hasSizeGreaterThan(50);
		for (Resource template : templates) {
			assertThat(template.getContentAsString(StandardCharsets.UTF_8)).as(template.getURI().toString())
				.doesNotContain("sec:authorize");
		}
		HttpResponse<String> signInPage = get("/login", null);
		assertThat(signInPage.statusCode()).isEqualTo(200);
		assertThat(signInPage.body()).contains("href=\"/login\"").contains("href=\"/marketplace\"");
	}

	private String signIn(String username) throws Exception {
		HttpResponse<String> form = get("/login", null);
		Matcher csrf = CSRF_FIELD.matcher(form.body());
		assertThat(csrf.find()).isTrue();
		String body = "username=" + encode(username) + "&password=" + encode(TestData.PASSWORD) + "&_csrf="
				+ encode(csrf.group(1));
		HttpResponse<String> signedIn = this.http.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", "SESSION=" + SessionCookies.of(form))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).isPresent().get().asString().doesNotContain("error");
		return SessionCookies.of(signedIn);
	}

	private HttpResponse<String> get(String path, String session) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept-Language", "en").GET();
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

	/**
	 * Notes the name of every observation started while recording (the registry keeps its
	 * handlers for the context's life: outside the test it notes nothing).
	 */
	static final class Recorder implements ObservationHandler<Observation.Context> {

		final AtomicBoolean recording = new AtomicBoolean();

		final List<String> started = new CopyOnWriteArrayList<>();

		@Override
		public void onStart(Observation.Context context) {
			if (this.recording.get()) {
				this.started.add(context.getName());
			}
		}

		@Override
		public boolean supportsContext(Observation.Context context) {
			return true;
		}

	}

}
