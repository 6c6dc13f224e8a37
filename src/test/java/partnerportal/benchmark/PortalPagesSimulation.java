package partnerportal.benchmark;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import com.partnerportal.performance.SqlStatements;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpDsl;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * Issue 9's benchmark: each page of the table, sending invitations, accepting one, and
 * the floor page, measured one after another (so that they never share the CPU), each by
 * {@code benchmark.users} virtual users (16) that sign in once and then send their next
 * request as soon as the last one answered (a closed workload): {@code benchmark.warmup}
 * seconds of warm-up, then {@code benchmark.measure} seconds measured. The floor is
 * measured first and again last; a page's ratio is to the faster of the two.
 * <p>
 * After the run it writes {@code results.md} (the table, also printed) and
 * {@code below-goal.txt} (the pages under their ratio goal) to {@code benchmark.output};
 * {@link BenchmarkResults} fails the build on the latter. Gatling's own report (with its
 * charts) is under {@code target/gatling}.
 */
public class PortalPagesSimulation extends Simulation {

	static final String PASSWORD = "demo-password";

	static final String PARTNER_ADMIN = "paula@contoso-partners.example";

	static final String ADMIN_AGENT = "ada@contoso-partners.example";

	static final String BACK_OFFICE_ADMIN = "admin@operator.example";

	static final String CUSTOMER_ADMIN = "admin@adatum.cloudportal.example";

	static final String FLOOR = "floor";

	static final String FLOOR_AGAIN = "floor (again)";

	/**
	 * What the simulation measures, in order: id (for {@code -Dbenchmark.pages}), the
	 * name in the table, who signs in (null: anonymous), the path, and the ratio to the
	 * floor the page must reach (0: no goal).
	 */
	static final List<Page> PAGES = List.of(new Page("floor", FLOOR, null, "/benchmark/floor", 0),
			new Page("overview", "partner overview", PARTNER_ADMIN, "/partner", 0.5),
			new Page("invitations", "invitations, first page", PARTNER_ADMIN, "/partner/invitations", 0.5),
			new Page("customers", "customers", PARTNER_ADMIN, "/partner/customers", 0.5),
			new Page("tenant-users", "tenant console users", ADMIN_AGENT, "/tenants/{customer}/users", 0.5),
			new Page("mail-log", "back-office mail log", BACK_OFFICE_ADMIN, "/admin/mail", 0.5),
			new Page("activity", "customer activity", CUSTOMER_ADMIN, "/customer/activity", 0.5),
			new Page("customer-detail", "customer detail", PARTNER_ADMIN, "/partner/customers/{customer}", 0.5),
			new Page("customer-home", "customer home", CUSTOMER_ADMIN, "/customer", 0.7),
			new Page("invitation-link", "invitation link", null, "/invitations/{token}", 0.7),
			new Page("sign-in", "sign-in page", null, "/login", 0.5),
			// issue 11: the public search at 5,000 listings (MarketplaceBenchmarkData)
			new Page("marketplace-search", "marketplace search", null, "/marketplace?q=cloud&region=JAPAN", 0.5),
			// issue 12: the funnel of a year at 10,000 invitations
			// (PipelineBenchmarkData), counted once and kept until the pipeline moves on
			// (FunnelCache): nothing changes it during its phase
			new Page("pipeline", "partner pipeline", PARTNER_ADMIN, "/partner/pipeline?period=365", 0.5),
			new Page("admin-pipeline", "admin pipeline", BACK_OFFICE_ADMIN, "/admin/pipeline?period=365", 0.5),
			new Page("send-invitation", "send an invitation", PARTNER_ADMIN, "/partner/invitations", 0),
			new Page("accept-invitation", "accept an invitation", null, "/invitations/#{token}/accept", 0),
			new Page("floor-again", FLOOR_AGAIN, null, "/benchmark/floor", 0));

	private static final Map<String, Timings> TIMINGS = new ConcurrentHashMap<>();

	private static final AtomicLong SEQUENCE = new AtomicLong();

	/** Tells this run's new tenants (domain prefixes) from any other's. */
	private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);

	private final String baseUrl = System.getProperty("benchmark.base-url", "http://localhost:18089");

	private final int users = Integer.getInteger("benchmark.users", 16);

	private final Duration warmup = Duration.ofSeconds(Integer.getInteger("benchmark.warmup", 10));

	private final Duration measure = Duration.ofSeconds(Integer.getInteger("benchmark.measure", 20));

	private final Duration warmupMax = Duration.ofSeconds(Integer.getInteger("benchmark.warmup-max", 240));

	private final Duration warmupAll = Duration.ofSeconds(Integer.getInteger("benchmark.warmup-all", 120));

	private final JitActivity jit = JitActivity.of(this.baseUrl);

	private final Path output = Path.of(System.getProperty("benchmark.output", "target/benchmark"));

	private final Properties seeded = load(this.output.resolve("seeded.properties"));

	/**
	 * Links of open invitations, each accepted once (warm-up and measurement share them).
	 */
	private final FeederBuilder<String> acceptanceTokens = CoreDsl
		.csv(this.output.resolve("acceptance-tokens.csv").toAbsolutePath().toString())
		.queue();

	{
		List<PopulationBuilder> phases = new ArrayList<>();
		Set<String> chosen = chosenPages();
		for (Page page : PAGES) {
			if (page.isFloor() || chosen.isEmpty() || chosen.contains(page.id())) {
				phases.add(scenario(page).injectOpen(CoreDsl.atOnceUsers(this.users)));
			}
		}
		PopulationBuilder run = phases.get(phases.size() - 1);
		for (int i = phases.size() - 2; i >= 0; i--) {
			run = phases.get(i).andThen(run);
		}
		if (!this.warmupAll.isZero()) {
			run = warmUpAll(chosen).andThen(run);
		}
		HttpProtocolBuilder protocol = HttpDsl.http.baseUrl(this.baseUrl)
			.acceptLanguageHeader("en")
			.acceptHeader("text/html,application/xhtml+xml")
			.disableFollowRedirect();
		setUp(run).protocols(protocol);
	}

	private ScenarioBuilder scenario(Page page) {
		ChainBuilder measured = switch (page.id()) {
			case "send-invitation" -> CoreDsl.exec(timed(page, sendInvitation(page)));
			case "accept-invitation" -> acceptInvitation(page);
			default -> CoreDsl.exec(timed(page, get(page.name(), path(page)).check(HttpDsl.status().is(200))));
		};
		ChainBuilder warm = switch (page.id()) {
			case "send-invitation" -> CoreDsl.exec(sendInvitation(page.warmUp()));
			case "accept-invitation" -> acceptInvitation(page.warmUp());
			default -> CoreDsl.exec(get(page.warmUp().name(), path(page)).check(HttpDsl.status().is(200)));
		};
		ScenarioBuilder scenario = CoreDsl.scenario(page.name());
		if (page.account() != null) {
			scenario = scenario.exec(signIn(page));
		}
		if (page.id().equals("send-invitation")) {
			scenario = scenario.exec(HttpDsl.http(page.name() + ": form")
				.get("/partner/invitations/new")
				.check(HttpDsl.status().is(200), csrf()));
		}
		// a failure in the warm-up is in Gatling's report, the measurement starts afresh;
		// each iteration runs to its end (not exitASAP), so every measured request is
		// noted
		return scenario.exec(warmUp(page, warm)).during(this.measure, false).on(measured);
	}

	/**
	 * {@code benchmark.warmup} seconds (10) of the page, and a page read for its table
	 * (one with a goal, and the floor) on until the portal's JIT compilers idle
	 * ({@link JitActivity}), at most {@code benchmark.warmup-max} seconds (240) in all.
	 * Sending and accepting invitations use up seeded links, so theirs stays fixed.
	 */
	ChainBuilder warmUp(Page page, ChainBuilder warm) {
		Timings timings = TIMINGS.computeIfAbsent(page.name(), (name) -> new Timings());
		Duration most = (page.goal() > 0 || page.isFloor()) ? this.warmupMax : this.warmup;
		return this.jit.warmUp(warm, this.warmup, most).exec((session) -> {
			timings.warmedUp(JitActivity.warmedFor(session));
			return session.markAsSucceeded();
		});
	}

	/**
	 * Before any measurement, every page read in the run (the floor included) at once for
	 * {@code benchmark.warmup-all} seconds (120; 0 skips it), a user or more each, not
	 * measured. The JIT compiles the code the pages share while all of them run, so that
	 * the page measured first is not measured on colder code than the floor measured last
	 * (without it, the first floor ran at 0.4 of the last one).
	 */
	private PopulationBuilder warmUpAll(Set<String> chosen) {
		List<Page> pages = PAGES.stream()
			.filter((page) -> page.id().equals("floor")
					|| (page.goal() > 0 && (chosen.isEmpty() || chosen.contains(page.id()))))
			.toList();
		List<Map<String, Object>> ids = pages.stream()
			.map((page) -> Map.<String, Object>of("page", page.id()))
			.toList();
		ScenarioBuilder scenario = CoreDsl.scenario("warm-up: every page")
			.feed(CoreDsl.listFeeder(ids).circular())
			.doSwitch("#{page}")
			.on(pages.stream().map((page) -> CoreDsl.onCase(page.id()).then(warmingUp(page))).toList());
		return scenario.injectOpen(CoreDsl.atOnceUsers(Math.max(this.users, pages.size())));
	}

	private ChainBuilder warmingUp(Page page) {
		Page warmUp = new Page(page.id(), page.name() + " (first warm-up)", page.account(), page.path(), 0);
		ChainBuilder chain = (page.account() != null) ? signIn(warmUp) : CoreDsl.exec(Session::markAsSucceeded);
		return chain.during(this.warmupAll, false)
			.on(get(warmUp.name(), path(page)).check(HttpDsl.status().is(200)))
			.exec(Session::markAsSucceeded);
	}

	private ChainBuilder signIn(Page page) {
		return CoreDsl
			.exec(HttpDsl.http(page.name() + ": sign-in page").get("/login").check(HttpDsl.status().is(200), csrf()))
			.exec(HttpDsl.http(page.name() + ": sign in")
				.post("/login")
				.formParam("username", page.account())
				.formParam("password", PASSWORD)
				.formParam("_csrf", "#{csrf}")
				.check(HttpDsl.status().is(302), HttpDsl.header("Location").not("/login?error")));
	}

	private HttpRequestActionBuilder sendInvitation(Page page) {
		return HttpDsl.http(page.name())
			.post("/partner/invitations")
			.header(SqlStatements.PAGE_HEADER, page.name())
			.formParam("companyName", (session) -> "Benchmark Company " + next(session))
			.formParam("contactName", "Casey Contact")
			.formParam("email", (session) -> "invitee-" + next(session) + "@benchmark.example")
			.formParam("language", "en")
			.formParam("offerCodes", "MAIL_PLAN_1")
			.formParam("_csrf", "#{csrf}")
			.check(HttpDsl.status().is(302));
	}

	/**
	 * A new visitor opens an open invitation's link and accepts it, creating a tenant.
	 */
	private ChainBuilder acceptInvitation(Page page) {
		HttpRequestActionBuilder accept = HttpDsl.http(page.name())
			.post("/invitations/#{token}/accept")
			.header(SqlStatements.PAGE_HEADER, page.name())
			.formParam("organizationName", (session) -> "Benchmark Tenant " + session.getString("prefix"))
			.formParam("domainPrefix", "#{prefix}")
			.formParam("adminName", "Avery Admin")
			.formParam("password", "benchmark-password")
			.formParam("passwordConfirmation", "benchmark-password")
			.formParam("_csrf", "#{csrf}")
			.check(HttpDsl.status().is(302));
		Timings timings = TIMINGS.computeIfAbsent(page.name(), (name) -> new Timings());
		return CoreDsl.exec(HttpDsl.flushCookieJar())
			.feed(this.acceptanceTokens)
			.exec((session) -> session.set("prefix", "bench" + RUN + "n" + SEQUENCE.incrementAndGet()))
			.exec(HttpDsl.http(page.name() + ": link")
				.get("/invitations/#{token}")
				.check(HttpDsl.status().is(200), csrf()))
			.doIfOrElse((session) -> !session.isFailed())
			.then(page.isWarmUp() ? CoreDsl.exec(accept) : timed(page, accept))
			.orElse(CoreDsl.exec((session) -> {
				timings.failed();
				return session.markAsSucceeded();
			}));
	}

	private HttpRequestActionBuilder get(String name, String path) {
		return HttpDsl.http(name).get(path).header(SqlStatements.PAGE_HEADER, name);
	}

	/**
	 * The request, with its response time noted for the table (Gatling's report has its
	 * own).
	 */
	private ChainBuilder timed(Page page, HttpRequestActionBuilder request) {
		Timings timings = TIMINGS.computeIfAbsent(page.name(), (name) -> new Timings());
		return CoreDsl.exec(request.check(CoreDsl.responseTimeInMillis().saveAs("responseTime")))
			.exec((session) -> note(timings, session));
	}

	private static Session note(Timings timings, Session session) {
		if (session.isFailed()) {
			timings.failed();
			return session.markAsSucceeded();
		}
		timings.add(System.currentTimeMillis(), session.getInt("responseTime"));
		return session;
	}

	private static CheckBuilder.Final csrf() {
		return CoreDsl.css("input[name='_csrf']", "value").saveAs("csrf");
	}

	private static String next(Session session) {
		return session.userId() + "-" + SEQUENCE.incrementAndGet();
	}

	private String path(Page page) {
		return page.path()
			.replace("{customer}", this.seeded.getProperty("customer", ""))
			.replace("{token}", this.seeded.getProperty("link-token", ""));
	}

	private static Set<String> chosenPages() {
		String pages = System.getProperty("benchmark.pages", "");
		return Arrays.stream(pages.split(","))
			.map(String::strip)
			.filter((id) -> !id.isEmpty())
			.collect(Collectors.toSet());
	}

	/**
	 * Opens the link page's invitation once: the page is measured as a link opened again
	 * (sixteen first views at once of one invitation collide on its version, and all but
	 * one answer 409, which the portal documents).
	 */
	@Override
	public void before() {
		try (HttpClient client = HttpClient.newHttpClient()) {
			client.send(HttpRequest.newBuilder(URI.create(this.baseUrl + path(
					PAGES.stream().filter((page) -> page.id().equals("invitation-link")).findFirst().orElseThrow())))
				.build(), HttpResponse.BodyHandlers.discarding());
		}
		catch (IOException ex) {
			throw new IllegalStateException("The portal does not answer at " + this.baseUrl, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void after() {
		Map<String, Measured> closed = new LinkedHashMap<>();
		for (Page page : PAGES) {
			Timings timings = TIMINGS.get(page.name());
			if (timings != null && timings.count() > 0) {
				closed.put(page.id(), Measured.of(timings));
			}
		}
		try {
			Measured.write(this.output.resolve(Results.CLOSED_FILE), closed);
			Files.deleteIfExists(this.output.resolve(Results.OPEN_FILE));
			Results results = results(this.baseUrl, closed, Map.of(), this.users, this.warmup, this.measure,
					Duration.ZERO);
			results.write(this.output);
			System.out.println(results.table());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not write the benchmark's results to " + this.output, ex);
		}
	}

	/**
	 * The table of the pages measured, by page id: at their peak ({@code closed}, the
	 * floor's two runs included) and at 80 % of it ({@code open}, may be empty), with the
	 * statements per request as the portal counted them.
	 */
	static Results results(String baseUrl, Map<String, Measured> closed, Map<String, Measured> open, int users,
			Duration warmup, Duration measure, Duration openMeasure) {
		double floor = 0;
		for (String id : List.of("floor", "floor-again")) {
			Measured measured = closed.get(id);
			if (measured != null) {
				floor = Math.max(floor, measured.perSecond());
			}
		}
		Map<Page, Measured> pages = new LinkedHashMap<>();
		Map<Page, Measured> atShare = new LinkedHashMap<>();
		for (Page page : PAGES) {
			if (closed.containsKey(page.id())) {
				pages.put(page, closed.get(page.id()));
			}
			if (open.containsKey(page.id())) {
				atShare.put(page, open.get(page.id()));
			}
		}
		return new Results(pages, atShare, statements(baseUrl), floor, users, warmup, measure, openMeasure);
	}

	/**
	 * The statements per request of each page, as the portal counted them.
	 */
	static Map<String, String[]> statements(String baseUrl) {
		Map<String, String[]> pages = new LinkedHashMap<>();
		try (HttpClient client = HttpClient.newHttpClient()) {
			String body = client
				.send(HttpRequest.newBuilder(URI.create(baseUrl + "/benchmark/statements")).build(),
						HttpResponse.BodyHandlers.ofString())
				.body();
			body.lines()
				.map((line) -> line.split("\t"))
				.filter((fields) -> fields.length == 6)
				.forEach((fields) -> pages.put(fields[0], fields));
		}
		catch (IOException ex) {
			System.err.println("No statement counts from the portal: " + ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return pages;
	}

	static Properties load(Path file) {
		Properties properties = new Properties();
		if (Files.exists(file)) {
			try (Reader reader = Files.newBufferedReader(file)) {
				properties.load(reader);
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return properties;
	}

	/**
	 * A phase of the run.
	 */
	record Page(String id, String name, String account, String path, double goal) {

		boolean isFloor() {
			return this.id.startsWith("floor");
		}

		boolean isWarmUp() {
			return this.name.endsWith("(warm-up)");
		}

		Page warmUp() {
			return new Page(this.id, this.name + " (warm-up)", this.account, this.path, this.goal);
		}

	}

}
