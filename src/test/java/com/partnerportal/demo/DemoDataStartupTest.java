package com.partnerportal.demo;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.partnerportal.PartnerPortalApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The whole portal, started on an embedded PostgreSQL with a data directory, with a
 * failure injected into the demo data's last step (a trigger on the delegated-admin
 * table, installed by a test-only Flyway callback): the start fails before the web server
 * has opened its port or readiness was reported, and the database holds nothing of the
 * demo data.
 */
class DemoDataStartupTest {

	@TempDir
	Path dataDirectory;

	@Test
	void demoDataFailingHalfwayLeavesNothingAndThePortNeverOpens() throws Exception {
		List<String> startupEvents = new CopyOnWriteArrayList<>();
		ApplicationListener<ApplicationEvent> observer = (event) -> {
			if (event instanceof WebServerInitializedEvent started) {
				startupEvents.add("web server listening on " + started.getWebServer().getPort());
			}
			if (event instanceof AvailabilityChangeEvent<?> change
					&& change.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
				startupEvents.add("ready");
			}
		};
		SpringApplicationBuilder portal = new SpringApplicationBuilder(PartnerPortalApplication.class).profiles("test")
			.listeners(observer);
		String[] arguments = { "--portal.embedded-database.data-directory=" + this.dataDirectory, "--server.port=0",
				"--spring.flyway.locations=classpath:db/migration,classpath:db/demo-data-failure" };

		Throwable failure = catchThrowable(() -> {
			try (ConfigurableApplicationContext started = portal.run(arguments)) {
				// the start was meant to fail: close what started
			}
		});

		assertThat(failure).rootCause().hasMessageContaining("injected failure");
		assertThat(startupEvents).isEmpty();
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(this.dataDirectory)
			.setCleanDataDirectory(false)
			.start(); Connection connection = postgres.getPostgresDatabase().getConnection()) {
			assertThat(count(connection, "select count(*) from demo_data_test_baseline")).isPositive();
			assertThat(tablesChangedSinceMigration(connection)).isEmpty();
			assertThat(count(connection, "select count(*) from back_office_admin")).isZero();
			assertThat(count(connection, "select count(*) from partner")).isZero();
		}
	}

	private static long count(Connection connection, String query) throws Exception {
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private static List<String> tablesChangedSinceMigration(Connection connection) throws Exception {
		String query = """
				select table_name, row_count from (
				  select b.table_name, b.row_count as before,
				    (xpath('/row/c/text()', query_to_xml(format('select count(*) as c from public.%I', b.table_name),
				      false, true, '')))[1]::text::bigint as row_count
				  from demo_data_test_baseline b) counts
				where row_count <> before""";
		List<String> changed = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
			while (rows.next()) {
				changed.add(rows.getString(1) + ": " + rows.getLong(2));
			}
		}
		return changed;
	}

}
