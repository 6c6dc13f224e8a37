package com.partnerportal.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
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
 * a fresh profile, explicit waits and full-page screenshots into
 * {@code target/screenshots}.
 */
final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final int WIDTH = 1280;

	private static final int HEIGHT = 900;

	private static final int MAX_SCREENSHOT_HEIGHT = 2400;

	private final ChromeDriver driver;

	private final Path profile;

	private final WebDriverWait wait;

	private Browser(ChromeDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
		this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
	}

	/**
	 * Skips the calling test when Chromium or its driver is not installed.
	 */
	static void assumeInstalled() {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Chromium not installed: apt-get install chromium chromium-driver");
	}

	static Browser start() {
		assumeInstalled();
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
				"--window-size=" + WIDTH + "," + HEIGHT, "--user-data-dir=" + profile);
		// The portal picks its language from Accept-Language first: keep it English.
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		try {
			return new Browser(new ChromeDriver(service, options), profile);
		}
		catch (RuntimeException ex) {
			service.stop();
			FileSystemUtils.deleteRecursively(profile.toFile());
			throw ex;
		}
	}

	WebDriver driver() {
		return this.driver;
	}

	void open(String url) {
		this.driver.get(url);
	}

	/**
	 * A new visitor: no cookies (and so no session) of the portal any more.
	 */
	void forgetSession() {
		this.driver.manage().deleteAllCookies();
	}

	WebElement visible(By by) {
		return this.wait.until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	WebElement clickable(By by) {
		return this.wait.until(ExpectedConditions.elementToBeClickable(by));
	}

	/**
	 * Clicks like a person: scrolled into the middle of the viewport first (headless
	 * Chromium's viewport is shorter than its window, and the driver may aim below it).
	 */
	void click(By by) {
		click(clickable(by));
	}

	void click(WebElement element) {
		script("arguments[0].scrollIntoView({block: 'center', inline: 'nearest', behavior: 'instant'})", element);
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
		this.wait.until(ExpectedConditions.urlMatches("^https?://[^/]+" + Pattern.quote(path) + "(?:[?#].*)?$"));
	}

	void waitForUrlMatching(String regex) {
		this.wait.until(ExpectedConditions.urlMatches(regex));
	}

	void waitForText(By by, String text) {
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
	}

	/**
	 * Waits until the element's text is exactly {@code text} (after trimming), e.g. a
	 * total that htmx replaces while the form is filled in.
	 */
	void waitForExactText(By by, String text) {
		this.wait.until((driver) -> {
			List<WebElement> found = driver.findElements(by);
			try {
				return !found.isEmpty() && text.equals(found.get(0).getText().trim());
			}
			catch (StaleElementReferenceException ex) {
				return false;
			}
		});
	}

	void waitForAttribute(By by, String attribute, String value) {
		this.wait.until(ExpectedConditions.attributeToBe(by, attribute, value));
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
	public void signIn(String baseUrl, String username, String password, String home) {
		open(baseUrl + "/login");
		type(By.id("username"), username);
		type(By.id("password"), password);
		click(By.cssSelector("#content form button[type=submit]"));
		waitForPath(home);
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			File dir = this.profile.toFile();
			FileSystemUtils.deleteRecursively(dir);
		}
	}

}
