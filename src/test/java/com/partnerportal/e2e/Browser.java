package com.partnerportal.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.util.FileSystemUtils;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}), with
 * explicit waits and full-page screenshots into {@code target/screenshots}.
 * <p>
 * Every page the flows visit is checked with axe-core (from the
 * {@code com.deque.html.axe-core:selenium} jar, no network): the first time a test
 * touches a newly loaded page, and again after an htmx update. A serious or critical
 * violation fails the test with the list of them. Pages loaded by a GET are checked in
 * the other languages too, before the visitor changes (sign-in, a forgotten session, the
 * end of the test): each is opened again with {@code ?lang=en|ja|ko}, and the visitor's
 * language cookie is put back as it was.
 * <p>
 * Each distinct page is checked once per test JVM: a page is its route (the path with ids
 * and tokens taken out), its language, whether it answers a POST, and its make-up (the
 * element ids, classes and roles it has, ids normalized). A page seen again in the same
 * make-up (the login page of every sign-in, a list with other rows) was checked already;
 * one that shows something new (an error summary, a banner, a badge of another colour) is
 * checked again. axe-core runs only the rules that can report a serious or critical
 * violation (a rule whose checks are all minor or moderate cannot fail a test).
 * <p>
 * Fast on two cores: a Chromium is started once per test JVM and reused by the next
 * visitor ({@link #start()} takes an idle one, {@link #close()} gives it back without
 * cookies or storage; a test with two visitors at once has two). axe-core's script is
 * added to every new document by the browser itself, and runs in the page in one call
 * (not in a second tab, as the library does by default), reporting violations only. Waits
 * poll every 50 ms.
 */
final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final int WIDTH = 1280;

	private static final int HEIGHT = 900;

	private static final int MAX_SCREENSHOT_HEIGHT = 2400;

	static final List<String> LANGUAGES = List.of("en", "ja", "ko");

	private static final String LANGUAGE_COOKIE = "portal-language";

	/** Marks a document (a window object) as checked; a new page load drops it. */
	private static final String CHECKED_MARK = "__portalAxeChecked";

	/**
	 * Pages loaded by a GET in this visitor's session, with the languages they were
	 * checked in.
	 */
	private final Map<String, Set<String>> visitedPages = new LinkedHashMap<>();

	/**
	 * Routes (paths with their ids and tokens taken out, no query) already checked in a
	 * language by any visitor of this test run: the language pass checks each route once
	 * per language, not once per test that passes by it.
	 */
	private static final Set<String> CHECKED_ROUTES = ConcurrentHashMap.newKeySet();

	/**
	 * Pages (route, language, answer to a POST or not, make-up) axe-core found without
	 * serious or critical violations in this test JVM.
	 */
	private static final Set<String> CHECKED_PAGES = ConcurrentHashMap.newKeySet();

	private static final Pattern ROUTE_VARIABLE = Pattern.compile(
			"/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[A-Za-z0-9_-]{20,}|[0-9]+)(?=/|$)");

	/**
	 * Whether the last click submitted a form by POST (its answer may be a page only a
	 * POST shows).
	 */
	private boolean postSubmitted;

	private boolean accessibilityChecks = true;

	private int checkedPages;

	/** Chromiums started by this JVM and not in use: the next visitor takes one. */
	private static final Deque<Chromium> IDLE = new ConcurrentLinkedDeque<>();

	/** Every Chromium started by this JVM, quit when it exits. */
	private static final Set<Chromium> STARTED = ConcurrentHashMap.newKeySet();

	private static final String AXE_SCRIPT = axeScript();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(Chromium::quitAll, "quit-chromium"));
	}

	private final Chromium chromium;

	private final ChromeDriver driver;

	private final WebDriverWait wait;

	private boolean closed;

	private Browser(Chromium chromium) {
		this.chromium = chromium;
		this.driver = chromium.driver();
		this.wait = new WebDriverWait(this.driver, Duration.ofSeconds(20), Duration.ofMillis(50));
	}

	/**
	 * Skips the calling test when Chromium or its driver is not installed.
	 */
	static void assumeInstalled() {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Chromium not installed: apt-get install chromium chromium-driver");
	}

	/**
	 * A new visitor: an idle Chromium of this JVM without cookies or storage, or a new
	 * one.
	 */
	static Browser start() {
		assumeInstalled();
		Chromium chromium = IDLE.pollFirst();
		while (chromium != null && !chromium.isUsable()) {
			chromium.quit();
			chromium = IDLE.pollFirst();
		}
		return new Browser((chromium != null) ? chromium : Chromium.launch());
	}

	private static String axeScript() {
		try (var in = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
			if (in == null) {
				throw new IllegalStateException("axe.min.js is not on the class path");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	WebDriver driver() {
		return this.driver;
	}

	void open(String url) {
		this.postSubmitted = false;
		this.driver.get(url);
		checkAccessibility();
	}

	/**
	 * A new visitor: no cookies (and so no session) of the portal any more. The pages of
	 * the visitor so far are checked in the other languages first.
	 */
	void forgetSession() {
		checkVisitedPagesInEveryLanguage();
		this.driver.manage().deleteAllCookies();
	}

	WebElement visible(By by) {
		checkAccessibility();
		return until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	WebElement clickable(By by) {
		checkAccessibility();
		return until(ExpectedConditions.elementToBeClickable(by));
	}

	/**
	 * Clicks like a person: scrolled into the middle of the viewport first (headless
	 * Chromium's viewport is shorter than its window, and the driver may aim below it).
	 */
	void click(By by) {
		click(clickable(by));
	}

	void click(WebElement element) {
		checkAccessibility();
		script("arguments[0].scrollIntoView({block: 'center', inline: 'nearest', behavior: 'instant'})", element);
		this.postSubmitted = Boolean.TRUE.equals(script("const form = arguments[0].form;"
				+ " return !!form && arguments[0].matches('[type=submit], button:not([type])')"
				+ " && (form.getAttribute('method') || 'get').toLowerCase() === 'post'", element));
		this.wait.until(ExpectedConditions.elementToBeClickable(element)).click();
	}

	void type(By by, String text) {
		WebElement field = visible(by);
		field.clear();
		field.sendKeys(text);
	}

	/**
	 * Chooses an option of a {@code <select>} by its value, as a person would (scrolled
	 * into view; the page gets its {@code change} event).
	 */
	void select(By by, String value) {
		WebElement element = clickable(by);
		script("arguments[0].scrollIntoView({block: 'center', inline: 'nearest', behavior: 'instant'})", element);
		new Select(element).selectByValue(value);
	}

	String text(By by) {
		return visible(by).getText().trim();
	}

	void waitForPath(String path) {
		until(ExpectedConditions.urlMatches("^https?://[^/]+" + Pattern.quote(path) + "(?:[?#].*)?$"));
		waitForPageLoaded();
		checkAccessibility();
	}

	void waitForUrlMatching(String regex) {
		until(ExpectedConditions.urlMatches(regex));
		waitForPageLoaded();
		checkAccessibility();
	}

	void waitForText(By by, String text) {
		until((driver) -> {
			List<WebElement> found = driver.findElements(by);
			return !found.isEmpty() && found.get(0).getText().contains(text);
		});
	}

	/**
	 * Waits for a condition on elements found anew on each try: a try that meets an
	 * element the page replaced meanwhile ({@link #rethrowUnlessReplaced}) counts as not
	 * yet.
	 */
	private <T> T until(Function<WebDriver, T> condition) {
		return this.wait.until((driver) -> {
			try {
				return condition.apply(driver);
			}
			catch (WebDriverException ex) {
				rethrowUnlessReplaced(ex);
				return null;
			}
		});
	}

	/**
	 * Throws the failure unless reading an element failed only because the page replaced
	 * it meanwhile (a navigation or htmx): Selenium's stale element, or Chromium's "node
	 * does not belong to the document", which ChromeDriver reports as an unknown error.
	 */
	private static void rethrowUnlessReplaced(WebDriverException ex) {
		if (!(ex instanceof StaleElementReferenceException
				|| String.valueOf(ex.getMessage()).contains("does not belong to the document"))) {
			throw ex;
		}
	}

	/**
	 * Waits until the element's text is exactly {@code text} (after trimming), e.g. a
	 * total that htmx replaces while the form is filled in.
	 */
	void waitForExactText(By by, String text) {
		until((driver) -> {
			List<WebElement> found = driver.findElements(by);
			return !found.isEmpty() && text.equals(found.get(0).getText().trim());
		});
		// htmx replaced part of the page: check it again.
		script("delete window." + CHECKED_MARK);
		checkAccessibility();
	}

	void waitForAttribute(By by, String attribute, String value) {
		until(ExpectedConditions.attributeToBe(by, attribute, value));
	}

	/**
	 * Waits until the page has loaded its style sheets and scripts.
	 */
	void waitForPageLoaded() {
		this.wait.until((driver) -> "complete".equals(script("return document.readyState")));
	}

	Object script(String script, Object... args) {
		return ((JavascriptExecutor) this.driver).executeScript(script, args);
	}

	/**
	 * Saves a PNG of the whole page (up to a height limit) as
	 * {@code target/screenshots/<name>}.
	 */
	Path screenshot(String name) {
		waitForPageLoaded();
		checkAccessibility();
		Dimension original = this.driver.manage().window().getSize();
		try {
			long pageHeight = ((Number) script(
					"return Math.max(document.body.scrollHeight, " + "document.documentElement.scrollHeight)"))
				.longValue();
			long chrome = ((Number) script("return window.outerHeight - window.innerHeight")).longValue();
			int height = (int) Math.min(Math.max(pageHeight + Math.max(chrome, 0), HEIGHT), MAX_SCREENSHOT_HEIGHT);
			if (height != original.getHeight()) {
				resize(new Dimension(WIDTH, height));
			}
			byte[] png = ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES);
			Files.createDirectories(SCREENSHOTS);
			Path file = SCREENSHOTS.resolve(name);
			Files.write(file, png);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			resize(original);
		}
	}

	/**
	 * Resizes the window and waits until the page has its new height, so that the next
	 * click does not aim at where an element was before.
	 */
	private void resize(Dimension size) {
		this.driver.manage().window().setSize(size);
		this.wait.until((driver) -> {
			Number outer = (Number) script("return window.outerHeight");
			Number inner = (Number) script("return window.innerHeight");
			Dimension now = driver.manage().window().getSize();
			return now.equals(size) && outer.intValue() == size.getHeight() && inner.intValue() > 0
					&& inner.intValue() <= outer.intValue();
		});
		script("return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))");
	}

	/**
	 * Signs in on the login page of the portal at {@code baseUrl} and waits for the home
	 * page of the account.
	 */
	void signIn(String baseUrl, String username, String password, String home) {
		checkVisitedPagesInEveryLanguage();
		open(baseUrl + "/login");
		type(By.id("username"), username);
		type(By.id("password"), password);
		click(By.cssSelector("#content form button[type=submit]"));
		waitForPath(home);
	}

	/**
	 * Lays pages out for a viewport {@code width} CSS pixels wide (a phone), until
	 * {@link #resetViewport()}.
	 */
	void viewportWidth(int width) {
		this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", true));
	}

	void resetViewport() {
		this.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
	}

	/**
	 * How many CSS pixels the page is wider than its viewport (0 when nothing needs
	 * sideways scrolling).
	 */
	long horizontalOverflow() {
		waitForPageLoaded();
		return ((Number) script("return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)"
				+ " - document.documentElement.clientWidth"))
			.longValue();
	}

	/**
	 * Runs axe-core on the page now shown, once per loaded document, and fails on a
	 * serious or critical violation. A page loaded by a GET is remembered for the
	 * language pass.
	 */
	void checkAccessibility() {
		if (!this.accessibilityChecks) {
			return;
		}
		Map<?, ?> page;
		try {
			page = (Map<?, ?>) script(PAGE_SCRIPT);
		}
		catch (WebDriverException ex) {
			return; // the page is being replaced: the next step checks the new one
		}
		if (page == null) {
			return;
		}
		String url = (String) page.get("url");
		String language = (String) page.get("language");
		boolean answerToPost = this.postSubmitted && !Boolean.TRUE.equals(page.get("redirected"));
		String checked = route(url, language) + (answerToPost ? " POST " : " GET ") + page.get("makeUp");
		if (!CHECKED_PAGES.contains(checked)) {
			List<String> violations = violations();
			if (!violations.isEmpty()) {
				script("window." + CHECKED_MARK + " = true");
				throw new AssertionError("axe-core: serious or critical accessibility violations on " + url + " (lang="
						+ language + "):\n" + String.join("\n", violations));
			}
			CHECKED_PAGES.add(checked);
		}
		script("window." + CHECKED_MARK + " = true");
		this.checkedPages++;
		if (!answerToPost && "text/html".equals(page.get("contentType"))) {
			this.visitedPages.computeIfAbsent(withoutLanguage(url), (key) -> new LinkedHashSet<>()).add(language);
			CHECKED_ROUTES.add(route(url, language));
		}
	}

	/**
	 * Opens every page this visitor loaded by a GET again in each language it was not
	 * checked in yet, and checks it; then restores the visitor's language cookie.
	 */
	void checkVisitedPagesInEveryLanguage() {
		if (!this.accessibilityChecks || this.visitedPages.isEmpty()) {
			return;
		}
		Cookie languageCookie = this.driver.manage().getCookieNamed(LANGUAGE_COOKIE);
		Map<String, Set<String>> pages = new LinkedHashMap<>(this.visitedPages);
		this.visitedPages.clear();
		for (Map.Entry<String, Set<String>> page : pages.entrySet()) {
			for (String language : LANGUAGES) {
				if (!page.getValue().contains(language) && CHECKED_ROUTES.add(route(page.getKey(), language))) {
					this.postSubmitted = false;
					this.driver.get(withLanguage(page.getKey(), language));
					waitForPageLoaded();
					checkAccessibility();
				}
			}
		}
		this.visitedPages.clear();
		this.driver.manage().deleteCookieNamed(LANGUAGE_COOKIE);
		if (languageCookie != null) {
			this.driver.manage().addCookie(languageCookie);
		}
	}

	/**
	 * The page now shown (null when it is still loading or was checked already): its
	 * address, language, whether it came by a redirect, its content type, and its make-up
	 * (the sorted element ids with digits and UUIDs taken out, classes, roles, and
	 * whether a field is marked invalid).
	 */
	private static final String PAGE_SCRIPT = "if (document.readyState !== 'complete' || window." + CHECKED_MARK
			+ ") { return null; }" + " const nav = performance.getEntriesByType('navigation')[0];"
			+ " const ids = new Set(), classes = new Set(), roles = new Set();"
			+ " for (const element of document.querySelectorAll('*')) {"
			+ "   if (element.id) { ids.add(element.id.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '{}')"
			+ "     .replace(/[0-9]+/g, '#')); }" + "   for (const name of element.classList) { classes.add(name); }"
			+ "   const role = element.getAttribute('role'); if (role) { roles.add(role); }" + " }"
			+ " const makeUp = [...ids].sort().join(' ') + ' | ' + [...classes].sort().join(' ') + ' | '"
			+ "   + [...roles].sort().join(' ') + ' | ' + !!document.querySelector('[aria-invalid=true]');"
			+ " return {url: location.href, language: document.documentElement.lang,"
			+ " redirected: !!nav && nav.redirectCount > 0, contentType: document.contentType, makeUp: makeUp};";

	/**
	 * Runs axe-core in the page with the rules that can report a serious or critical
	 * violation (a rule's violation is as grave as its gravest failing check), and
	 * answers one line per serious or critical violation with the elements concerned.
	 */
	private static final String AXE_RUN_SCRIPT = "const done = arguments[arguments.length - 1];"
			+ " const grave = new Set(['serious', 'critical']);" + " const rules = {};" + " try {"
			+ "   const checks = axe._audit.data.checks;" + "   for (const rule of axe._audit.rules) {"
			+ "     const ids = [...rule.any, ...rule.all, ...rule.none].map((check) => check.id || check);"
			+ "     if (ids.length > 0 && ids.every((id) => checks[id] && checks[id].impact && !grave.has(checks[id].impact))) {"
			+ "       rules[rule.id] = {enabled: false};" + "     }" + "   }"
			+ " } catch (e) { /* another axe-core: every rule runs */ }"
			+ " axe.run(document, {resultTypes: ['violations'], iframes: false, rules: rules})"
			+ "   .then((results) => done({lines: results.violations.filter((rule) => grave.has(rule.impact))"
			+ "     .map((rule) => '  [' + rule.impact + '] ' + rule.id + ': ' + rule.help + '\\n      '"
			+ "       + rule.nodes.map((node) => JSON.stringify(node.target) + ' '"
			+ "         + (node.html.length > 160 ? node.html.substring(0, 160) + '\u2026' : node.html)).join('\\n      '))}),"
			+ "     (error) => done({error: String(error)}));";

	private static String route(String url, String language) {
		String path = URI.create(url).getPath();
		return ROUTE_VARIABLE.matcher(path).replaceAll("/{}") + " " + language;
	}

	/**
	 * How many page loads (and htmx updates) axe-core has checked so far.
	 */
	int checkedPages() {
		return this.checkedPages;
	}

	/**
	 * Runs the steps without checks (for a test that looks at a page meant to be broken).
	 */
	void withoutAccessibilityChecks(Runnable steps) {
		boolean before = this.accessibilityChecks;
		this.accessibilityChecks = false;
		try {
			steps.run();
		}
		finally {
			this.accessibilityChecks = before;
		}
	}

	/**
	 * The serious and critical axe-core violations of the page now shown, one line per
	 * rule with the elements concerned.
	 */
	List<String> violations() {
		if (!Boolean.TRUE.equals(script("return typeof window.axe !== 'undefined'"))) {
			script(AXE_SCRIPT);
		}
		Map<?, ?> answer = (Map<?, ?>) this.driver.executeAsyncScript(AXE_RUN_SCRIPT);
		if (answer.get("error") != null) {
			throw new AssertionError("axe-core could not run: " + answer.get("error"));
		}
		List<String> found = new ArrayList<>();
		for (Object line : (List<?>) answer.get("lines")) {
			found.add((String) line);
		}
		return found;
	}

	static String withoutLanguage(String url) {
		String withoutFragment = url.replaceFirst("#.*$", "");
		String result = withoutFragment.replaceAll("([?&])lang=[^&]*&?", "$1").replaceFirst("[?&]$", "");
		return result;
	}

	static String withLanguage(String url, String language) {
		return url + (url.contains("?") ? "&" : "?") + "lang=" + language;
	}

	/**
	 * Checks the visitor's pages in the other languages, then gives the Chromium back for
	 * the next visitor, without this one's cookies and storage.
	 */
	@Override
	public void close() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		try {
			checkVisitedPagesInEveryLanguage();
		}
		finally {
			this.chromium.release();
		}
	}

	/**
	 * One Chromium and its profile, started once and reused by visitor after visitor.
	 */
	private record Chromium(ChromeDriver driver, Path profile) {

		static Chromium launch() {
			Path profile;
			try {
				profile = Files.createTempDirectory("portal-e2e-chromium-");
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM.toFile());
			options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
					"--disable-extensions", "--mute-audio", "--disable-renderer-backgrounding",
					"--disable-background-timer-throttling", "--disable-backgrounding-occluded-windows",
					"--window-size=" + WIDTH + "," + HEIGHT, "--user-data-dir=" + profile);
			// The portal picks its language from Accept-Language first: keep it English.
			options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
				.usingAnyFreePort()
				.build();
			ChromeDriver driver;
			try {
				driver = new ChromeDriver(service, options);
			}
			catch (RuntimeException ex) {
				service.stop();
				FileSystemUtils.deleteRecursively(profile.toFile());
				throw ex;
			}
			// axe-core in every new document, added by the browser: no 550 kB script sent
			// through the driver for each page checked
			driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", AXE_SCRIPT));
			driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
			Chromium chromium = new Chromium(driver, profile);
			STARTED.add(chromium);
			return chromium;
		}

		boolean isUsable() {
			try {
				this.driver.getWindowHandle();
				return true;
			}
			catch (WebDriverException ex) {
				return false;
			}
		}

		/**
		 * Forgets the visitor (storage, cookies, viewport, window size) and makes the
		 * Chromium idle; one that cannot be reset is quit.
		 */
		void release() {
			try {
				this.driver.executeScript("try { window.sessionStorage.clear(); window.localStorage.clear(); }"
						+ " catch (e) { /* a page without storage */ }");
				this.driver.get("about:blank");
				this.driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
				this.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
				Dimension size = new Dimension(WIDTH, HEIGHT);
				if (!size.equals(this.driver.manage().window().getSize())) {
					this.driver.manage().window().setSize(size);
				}
				IDLE.addFirst(this);
			}
			catch (WebDriverException ex) {
				quit();
			}
		}

		void quit() {
			STARTED.remove(this);
			try {
				this.driver.quit();
			}
			catch (WebDriverException ex) {
				// already gone
			}
			finally {
				FileSystemUtils.deleteRecursively(this.profile.toFile());
			}
		}

		static void quitAll() {
			IDLE.clear();
			List.copyOf(STARTED).forEach(Chromium::quit);
		}

	}

}
