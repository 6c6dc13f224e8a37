package com.partnerportal.platform.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.partnerportal.PartnerPortalApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A start of the embedded PostgreSQL that fails for a reason a person can fix is reported
 * as what is wrong and what to do, one line each, without a stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDatabaseFailureAnalyzerTest {

	@TempDir
	Path directory;

	@Test
	void saysWhatToDoWhenTheDataDirectoryIsInUse() {
		Path dataDirectory = this.directory.resolve("postgres");
		BeanCreationException failure = new BeanCreationException("embeddedPostgres", "failed",
				EmbeddedDatabaseStartupException.inUse(dataDirectory));

		FailureAnalysis analysis = new EmbeddedDatabaseFailureAnalyzer().analyze(failure);

		assertThat(analysis.getDescription()).isEqualTo(
				"The embedded PostgreSQL data directory " + dataDirectory + " is in use by another running portal.");
		assertThat(analysis.getAction())
			.isEqualTo("Stop the other portal, or set PORTAL_EMBEDDED_DATABASE_DATA_DIRECTORY to another directory.");
	}

	@Test
	void saysWhatToDoWhenAServerLeftRunningCannotBeStopped() {
		Path dataDirectory = this.directory.resolve("postgres");
		FailureAnalysis analysis = new EmbeddedDatabaseFailureAnalyzer()
			.analyze(EmbeddedDatabaseStartupException.leftoverNotStopped(dataDirectory, 4242, null));

		assertThat(analysis.getDescription()).isEqualTo(
				"A PostgreSQL server (process 4242) left running on " + dataDirectory + " could not be stopped.");
		assertThat(analysis.getAction())
			.isEqualTo("Stop process 4242 (kill 4242 or the Task Manager), then start the portal again.");
	}

	@Test
	void thePortalReportsADataDirectoryItCannotWriteInOneLine(CapturedOutput output) throws IOException {
		Path file = Files.writeString(this.directory.resolve("a-file"), "");
		Path dataDirectory = file.resolve("postgres");

		Throwable failure = catchThrowable(() -> {
			try (ConfigurableApplicationContext started = new SpringApplicationBuilder(PartnerPortalApplication.class)
				.profiles("test")
				.run("--portal.embedded-database.data-directory=" + dataDirectory, "--server.port=0")) {
				// the start was meant to fail
			}
		});

		assertThat(failure).isNotNull();
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("The embedded PostgreSQL cannot write its data directory " + dataDirectory + ".")
			.contains(
					"Make " + dataDirectory + " writable for this user, or set PORTAL_EMBEDDED_DATABASE_DATA_DIRECTORY"
							+ " to a directory it can write.")
			.doesNotContain("\tat com.partnerportal");
	}

}
