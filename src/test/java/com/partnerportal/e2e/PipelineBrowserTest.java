package com.partnerportal.e2e;

import java.time.Duration;
import java.time.ZoneOffset;

import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12: the demo partner's year in the funnel. Paula opens the overview, sees the
 * last 30 days in its summary, opens the pipeline (chart, table, by agent, at-risk
 * panel), narrows it to trial invitations of the last 90 days, and follows an at-risk
 * trial to a purchase offer prefilled for its customer; the operator sees the program's
 * funnel. axe-core checks every page in every language ({@link Browser}). The README's
 * screenshots of the funnel and the at-risk panel are taken here
 * ({@code target/screenshots/pipeline*.png}).
 */
@PortalIntegrationTest
class PipelineBrowserTest {

	private static final String DEMO_PASSWORD = "demo-password";

	@LocalServerPort
	int port;

	Browser partner;

	Browser operator;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@BeforeEach
	void setUp() {
		Browser.assumeInstalled();
		// other tests run the trial-expiry job with the clock moved on: give Contoso one
		// trial
		// ending within 30 days, of a customer without an open purchase offer, whatever
		// ran before
		this.jdbc.update("""
				update subscription set status = 'TRIAL', trial_ends_at = ? where id = (
				  select s.id from subscription s join partner p on p.id = s.sold_by_partner_id
				  where p.name = 'Contoso Cloud Partners' and s.status in ('TRIAL', 'EXPIRED')
				    and not exists (select 1 from invitation o where o.customer_id = s.customer_id
				      and o.kind = 'PURCHASE' and o.state in ('SENT', 'VIEWED'))
				  order by s.created_at desc limit 1)""",
				this.clock.instant().plus(Duration.ofDays(10)).atOffset(ZoneOffset.UTC));
		this.partner = Browser.start();
		this.operator = Browser.start();
	}

	@AfterEach
	void tearDown() {
		try (Browser partner = this.partner; Browser operator = this.operator) {
			// each gives its Chromium back for the next test
		}
	}

	@Test
	void aPartnerReadsItsFunnelAndActsOnWhatIsAtRisk() {
		Browser paula = this.partner;
		paula.signIn(baseUrl(), "paula@contoso-partners.example", DEMO_PASSWORD, "/partner");
		paula.visible(By.id("summary-SENT"));
		assertThat(Long.parseLong(paula.text(By.id("summary-SENT")))).isPositive();

		paula.click(By.id("pipeline-link"));
		paula.waitForPath("/partner/pipeline");
		paula.visible(By.id("funnel-chart"));
		long sent = count(paula, "SENT");
		long accepted = count(paula, "ACCEPTED");
		assertThat(sent).isPositive();
		assertThat(accepted).isPositive().isLessThanOrEqualTo(sent);
		assertThat(paula.text(By.cssSelector("#stage-OPENED .stage-conversion"))).contains("%");
		paula.visible(By.id("agent-table"));
		paula.visible(By.id("trials-ending"));
		paula.screenshot("pipeline-funnel.png");

		paula.select(By.id("period"), "90");
		paula.select(By.id("kind"), "TRIAL");
		paula.click(By.cssSelector("#pipeline-filter button[type=submit]"));
		paula.waitForUrlMatching(".*/partner/pipeline\\?.*kind=TRIAL.*");
		long trials90 = count(paula, "SENT");
		assertThat(trials90).isPositive();
		paula.open(baseUrl() + "/partner/pipeline?period=365");
		assertThat(count(paula, "SENT")).isGreaterThan(trials90);
		paula.screenshot("pipeline-at-risk.png");

		paula.click(By.cssSelector("#trials-ending a.btn"));
		paula.waitForPath("/partner/offers/new");
		assertThat(paula.visible(By.id("customerId")).getDomProperty("value")).isNotBlank();

		Browser operator = this.operator;
		operator.signIn(baseUrl(), "admin@operator.example", DEMO_PASSWORD, "/admin");
		operator.open(baseUrl() + "/admin/pipeline?period=365&instance=GLOBAL");
		assertThat(count(operator, "SENT")).isGreaterThanOrEqualTo(sent);
		operator.visible(By.id("partner-table"));
	}

	private static long count(Browser browser, String stage) {
		return Long.parseLong(browser.text(By.cssSelector("#stage-" + stage + " .stage-count")));
	}

	private String baseUrl() {
		return "http://localhost:" + this.port;
	}

}
