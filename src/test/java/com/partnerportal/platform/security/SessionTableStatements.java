package com.partnerportal.platform.security;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import static org.awaitility.Awaitility.await;

/**
 * Test scope: the portal's data source, wrapped to record every statement that names a
 * session table ({@code spring_session...}), prepared on a web server thread.
 */
@TestConfiguration(proxyBeanMethods = false)
public final class SessionTableStatements {

	private static final List<String> recorded = new CopyOnWriteArrayList<>();

	/**
	 * Whether a test is recording now: every test context has this data source, and only
	 * the statements a test asks for are kept.
	 */
	private static volatile boolean recording;

	private SessionTableStatements() {
	}

	@Bean
	static BeanPostProcessor sessionTableStatementRecorder() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource && !(bean instanceof Recording)) {
					return new Recording(dataSource);
				}
				return bean;
			}

		};
	}

	/**
	 * Runs the request and returns the session-table statements it made, once no more
	 * come (the session is saved after the response may have gone out).
	 */
	public static List<String> during(Request request) throws Exception {
		recorded.clear();
		recording = true;
		try {
			request.run();
			AtomicInteger lastSize = new AtomicInteger(-1);
			await().pollInterval(Duration.ofMillis(50))
				.during(Duration.ofMillis(400))
				.atMost(Duration.ofSeconds(10))
				.until(() -> lastSize.getAndSet(recorded.size()) == recorded.size());
			return List.copyOf(recorded);
		}
		finally {
			recording = false;
		}
	}

	public static long reads(List<String> statements) {
		return statements.stream().filter((sql) -> sql.startsWith("select")).count();
	}

	public static long writes(List<String> statements) {
		return statements.size() - reads(statements);
	}

	@FunctionalInterface
	public interface Request {

		void run() throws Exception;

	}

	static final class Recording extends DelegatingDataSource {

		Recording(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return recording(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return recording(super.getConnection(username, password));
		}

		private static Connection recording(Connection connection) {
			return (Connection) Proxy.newProxyInstance(SessionTableStatements.class.getClassLoader(),
					new Class<?>[] { Connection.class }, (proxy, method, arguments) -> {
						if (recording && method.getName().startsWith("prepare") && arguments != null
								&& arguments[0] instanceof String sql) {
							String statement = sql.strip().toLowerCase(Locale.ROOT);
							if (statement.contains("spring_session")
									&& Thread.currentThread().getName().startsWith("http-")) {
								recorded.add(statement);
								if (Boolean.getBoolean("debug.session.statements")) {
									new Throwable(Thread.currentThread().getName() + " " + statement).printStackTrace();
								}
							}
						}
						try {
							return method.invoke(connection, arguments);
						}
						catch (InvocationTargetException ex) {
							throw ex.getCause();
						}
					});
		}

	}

}
