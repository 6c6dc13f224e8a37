package com.partnerportal.platform.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A portal killed with {@code kill -9} leaves its embedded PostgreSQL running on the data
 * directory; the next start stops that server and starts on the same data.
 */
class EmbeddedDataDirectoryTest {

	private static final Duration CHILD_START_TIMEOUT = Duration.ofMinutes(3);

	@TempDir
	Path dataDirectory;

	@Test
	void theNextStartStopsTheServerAKilledPortalLeftRunningAndKeepsItsData() throws Exception {
		Process portal = startPortalToKill();
		long leftover = postmasterPid();
		try {
			assertThatThrownBy(() -> EmbeddedDataDirectory.prepare(this.dataDirectory))
				.isInstanceOf(EmbeddedDatabaseStartupException.class)
				.hasMessageContaining("is in use by another running portal");

			portal.destroyForcibly().waitFor();
			assertThat(ProcessHandle.of(leftover).filter(ProcessHandle::isAlive)).isPresent();

			new ApplicationContextRunner().withUserConfiguration(EmbeddedDatabaseConfiguration.class)
				.withPropertyValues("portal.embedded-database.data-directory=" + this.dataDirectory)
				.run((context) -> {
					assertThat(context).hasNotFailed();
					JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
					assertThat(jdbc.queryForObject("select note from kept", String.class))
						.isEqualTo("written before the kill");
					assertThat(ProcessHandle.of(leftover).filter(ProcessHandle::isAlive)).isEmpty();
					assertThat(postmasterPid()).isNotEqualTo(leftover);
				});
		}
		finally {
			portal.destroyForcibly();
			ProcessHandle.of(leftover).ifPresent(ProcessHandle::destroy);
		}
	}

	@Test
	void removesALockFileWhoseProcessIsNotPostgres() throws IOException {
		initialized();
		Files.writeString(this.dataDirectory.resolve("postmaster.pid"),
				ProcessHandle.current().pid() + "\n" + this.dataDirectory + "\n");

		EmbeddedDataDirectory.prepare(this.dataDirectory);

		assertThat(this.dataDirectory.resolve("postmaster.pid")).doesNotExist();
	}

	@Test
	void removesALockFileWhoseProcessIsGone() throws Exception {
		initialized();
		Process gone = new ProcessBuilder(List.of(javaCommand(), "-version")).start();
		gone.waitFor();
		Files.writeString(this.dataDirectory.resolve("postmaster.pid"), gone.pid() + "\n" + this.dataDirectory + "\n");

		EmbeddedDataDirectory.prepare(this.dataDirectory);

		assertThat(this.dataDirectory.resolve("postmaster.pid")).doesNotExist();
	}

	@Test
	void leavesADirectoryNotYetInitializedAsInitdbWantsIt() throws IOException {
		Path fresh = this.dataDirectory.resolve("postgres");

		EmbeddedDataDirectory.prepare(fresh);

		try (var files = Files.list(fresh)) {
			assertThat(files).isEmpty();
		}
	}

	@Test
	void aDataDirectoryThatCannotBeCreatedIsReported() throws IOException {
		Path file = Files.writeString(this.dataDirectory.resolve("a-file"), "");

		assertThatThrownBy(() -> EmbeddedDataDirectory.prepare(file.resolve("postgres")))
			.isInstanceOf(EmbeddedDatabaseStartupException.class)
			.hasMessage("The embedded PostgreSQL cannot write its data directory " + file.resolve("postgres") + ".");
	}

	private void initialized() throws IOException {
		Files.writeString(this.dataDirectory.resolve("postgresql.conf"), "");
	}

	private Process startPortalToKill() throws IOException, InterruptedException {
		Path output = Files.createTempFile("portal-to-kill", ".log");
		Process portal = new ProcessBuilder(javaCommand(), "-cp", System.getProperty("java.class.path"),
				PortalToKill.class.getName(), this.dataDirectory.toString())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.start();
		try {
			await().atMost(CHILD_START_TIMEOUT)
				.pollInterval(Duration.ofMillis(200))
				.until(() -> Files.readString(output).contains(PortalToKill.READY) || !portal.isAlive());
		}
		catch (ConditionTimeoutException ex) {
			// not started in time: reported below
		}
		if (!portal.isAlive() || !Files.readString(output).contains(PortalToKill.READY)) {
			portal.destroyForcibly();
			throw new IllegalStateException("The portal to kill did not start:\n" + Files.readString(output));
		}
		return portal;
	}

	private long postmasterPid() throws IOException {
		return Long.parseLong(Files.readAllLines(this.dataDirectory.resolve("postmaster.pid")).get(0).strip());
	}

	private static String javaCommand() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

}
