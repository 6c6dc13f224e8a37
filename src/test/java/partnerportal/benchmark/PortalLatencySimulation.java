package partnerportal.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.partnerportal.performance.SqlStatements;
import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpDsl;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import partnerportal.benchmark.PortalPagesSimulation.Page;

/**
 * The second half of issue 9's benchmark, run after {@link PortalPagesSimulation}: each
 * page of the table again, one after another, at {@value Results#OPEN_SHARE} of the peak
 * that simulation measured for it, as an open workload (requests arrive at that rate,
 * randomized, whether or not the earlier ones have answered), for
 * {@code benchmark.open-warmup} seconds unmeasured (the first half a ramp from a tenth of
 * that rate up to it, the second half at it) and {@code benchmark.open-measure} seconds
 * measured: its p50 and p99 there go into the table, and a p99 above
 * {@value Results#P99_GOAL_MS} ms misses the goal. The ramp lets the pool of connections
 * grow with the rate: switched from 16 users to the whole rate at once, the portal spent
 * the first seconds on new connections and a backlog it drained only slowly (it has a
 * fifth of its capacity to spare), so the measurement began on a queue its steady state
 * never builds.
 * <p>
 * Before its open warm-up, each page is read by {@code benchmark.users} users as fast as
 * they can for {@code benchmark.warmup} seconds and on until the portal's JIT compilers
 * idle ({@link JitActivity}, at most {@code benchmark.warmup-max} seconds): the other
 * pages ran since this one's peak was measured, and a compiler recompiling its code
 * meanwhile would take a core from the measurement.
 * <p>
 * Each arrival is a new virtual user that reuses one of 16 sessions signed in beforehand
 * (as the closed phases' users each keep theirs), so that no request pays for a sign-in
 * or a new session.
 */
public class PortalLatencySimulation extends Simulation {

	private static final int SESSIONS = 16;

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final Map<String, Timings> TIMINGS = new ConcurrentHashMap<>();

	private final String baseUrl = System.getProperty("benchmark.base-url", "http://localhost:18089");

	private final Path output = Path.of(System.getProperty("benchmark.output", "target/benchmark"));

	private final Duration warmup = Duration.ofSeconds(Integer.getInteger("benchmark.open-warmup", 10));

	private final Duration measure = Duration.ofSeconds(Integer.getInteger("benchmark.open-measure", 15));

	private final Duration settleMin = Duration.ofSeconds(Integer.getInteger("benchmark.warmup", 10));

	private final Duration settleMax = Duration.ofSeconds(Integer.getInteger("benchmark.warmup-max", 240));

	private final JitActivity jit = JitActivity.of(this.baseUrl);

	private final Properties seeded = PortalPagesSimulation.load(this.output.resolve("seeded.properties"));

	private final Map<String, List<Map<String, Object>>> sessions = new HashMap<>();

	{
		Map<String, Measured> closed = read(this.output.resolve(Results.CLOSED_FILE));
		List<PopulationBuilder> phases = new ArrayList<>();
		for (Page page : PortalPagesSimulation.PAGES) {
			Measured peak = closed.get(page.id());
			if (page.goal() > 0 && peak != null && peak.perSecond() > 0) {
				double rate = peak.perSecond() * Results.OPEN_SHARE;
				phases.add(settling(page).injectOpen(CoreDsl.atOnceUsers(SESSIONS)));
				Duration ramp = this.warmup.dividedBy(2);
				phases.add(scenario(page, true).injectOpen(
						CoreDsl.rampUsersPerSec(rate / 10).to(rate).during(ramp).randomized(),
						CoreDsl.constantUsersPerSec(rate).during(this.warmup.minus(ramp)).randomized()));
				phases.add(scenario(page, false)
					.injectOpen(CoreDsl.constantUsersPerSec(rate).during(this.measure).randomized()));
			}
		}
		if (phases.isEmpty()) {
			throw new IllegalStateException("No page's peak in " + this.output.resolve(Results.CLOSED_FILE)
					+ ": run PortalPagesSimulation first");
		}
		PopulationBuilder run = phases.get(phases.size() - 1);
		for (int i = phases.size() - 2; i >= 0; i--) {
			run = phases.get(i).andThen(run);
		}
		// the arrivals share a pool of kept-alive connections, as the closed phases'
		// users
		// keep theirs (and as a proxy in front of the portal would): a new TCP connection
		// for
		// each arrival measured the connection handshakes at 80 % of a peak that had none
		HttpProtocolBuilder protocol = HttpDsl.http.baseUrl(this.baseUrl)
			.acceptLanguageHeader("en")
			.acceptHeader("text/html,application/xhtml+xml")
			.disableFollowRedirect()
			.shareConnections();
		setUp(run).protocols(protocol);
	}

	private ScenarioBuilder scenario(Page page, boolean warmUp) {
		String name = page.name() + " at " + Math.round(Results.OPEN_SHARE * 100) + " %" + (warmUp ? " (warm-up)" : "");
		Timings timings = TIMINGS.computeIfAbsent(page.id(), (id) -> new Timings());
		var request = HttpDsl.http(name)
			.get(path(page))
			.header(SqlStatements.PAGE_HEADER, page.name())
			.check(HttpDsl.status().is(200), CoreDsl.responseTimeInMillis().saveAs("responseTime"));
		ScenarioBuilder scenario = CoreDsl.scenario(name)
			.feed(CoreDsl.listFeeder(sessionsOf(page.account())).circular())
			.exec(HttpDsl.addCookie(HttpDsl.Cookie("SESSION", "#{session}")))
			.exec(request);
		if (!warmUp) {
			scenario = scenario.exec((session) -> note(timings, session));
		}
		return scenario;
	}

	/**
	 * The page read as fast as {@value #SESSIONS} users can, until the JIT compilers
	 * idle; the page's warm-up time (this and the open warm-up) goes into the table.
	 */
	private ScenarioBuilder settling(Page page) {
		Timings timings = TIMINGS.computeIfAbsent(page.id(), (id) -> new Timings());
		var request = HttpDsl.http(page.name() + " at " + Math.round(Results.OPEN_SHARE * 100) + " % (settling)")
			.get(path(page))
			.check(HttpDsl.status().is(200));
		return CoreDsl.scenario(page.name() + " (settling)")
			.feed(CoreDsl.listFeeder(sessionsOf(page.account())).circular())
			.exec(HttpDsl.addCookie(HttpDsl.Cookie("SESSION", "#{session}")))
			.exec(this.jit.warmUp(CoreDsl.exec(request), this.settleMin, this.settleMax))
			.exec((session) -> {
				timings.warmedUp(JitActivity.warmedFor(session) + this.warmup.toMillis());
				return session.markAsSucceeded();
			});
	}

	private static Session note(Timings timings, Session session) {
		if (session.isFailed() || !session.contains("responseTime")) {
			timings.failed();
			return session.markAsSucceeded();
		}
		timings.add(System.currentTimeMillis(), session.getInt("responseTime"));
		return session;
	}

	/**
	 * Sessions signed in as the account (or anonymous ones, made by the sign-in page),
	 * made once per account.
	 */
	private List<Map<String, Object>> sessionsOf(String account) {
		return this.sessions.computeIfAbsent((account != null) ? account : "", (key) -> {
			List<Map<String, Object>> made = new ArrayList<>();
			for (int i = 0; i < SESSIONS; i++) {
				made.add(Map.of("session", session(account)));
			}
			return made;
		});
	}

	private String session(String account) {
		try (HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
			HttpResponse<String> form = client.send(
					HttpRequest.newBuilder(URI.create(this.baseUrl + "/login")).header("Accept-Language", "en").build(),
					HttpResponse.BodyHandlers.ofString());
			String session = sessionCookie(form, null);
			if (account == null) {
				return session;
			}
			Matcher csrf = CSRF.matcher(form.body());
			if (!csrf.find()) {
				throw new IllegalStateException("No CSRF token on the sign-in page");
			}
			String body = "username=" + encode(account) + "&password=" + encode(PortalPagesSimulation.PASSWORD)
					+ "&_csrf=" + encode(csrf.group(1));
			HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(this.baseUrl + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Cookie", "SESSION=" + session)
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (signedIn.statusCode() != 302
					|| signedIn.headers().firstValue("Location").orElse("").contains("error")) {
				throw new IllegalStateException("Sign-in of " + account + " failed: " + signedIn.statusCode());
			}
			return sessionCookie(signedIn, session);
		}
		catch (IOException ex) {
			throw new IllegalStateException("The portal does not answer at " + this.baseUrl, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String sessionCookie(HttpResponse<?> response, String otherwise) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("SESSION="))
			.map((cookie) -> cookie.substring("SESSION=".length()).split(";")[0])
			.findFirst()
			.orElseGet(() -> {
				if (otherwise == null) {
					throw new IllegalStateException("The sign-in page started no session");
				}
				return otherwise;
			});
	}

	private String path(Page page) {
		return page.path()
			.replace("{customer}", this.seeded.getProperty("customer", ""))
			.replace("{token}", this.seeded.getProperty("link-token", ""));
	}

	@Override
	public void after() {
		try {
			Map<String, Measured> closed = read(this.output.resolve(Results.CLOSED_FILE));
			Map<String, Measured> open = new LinkedHashMap<>();
			TIMINGS.forEach((id, timings) -> {
				if (timings.count() > 0 || timings.failures() > 0) {
					open.put(id, Measured.of(timings));
				}
			});
			Measured.write(this.output.resolve(Results.OPEN_FILE), open);
			Results results = PortalPagesSimulation.results(this.baseUrl, closed, open,
					Integer.getInteger("benchmark.users", 16),
					Duration.ofSeconds(Integer.getInteger("benchmark.warmup", 10)),
					Duration.ofSeconds(Integer.getInteger("benchmark.measure", 20)), this.measure);
			results.write(this.output);
			System.out.println(results.table());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not write the benchmark's results to " + this.output, ex);
		}
	}

	private static Map<String, Measured> read(Path file) {
		try {
			return Measured.read(file);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
