package com.partnerportal.performance;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's data source, reporting each statement it executes and each commit or
 * rollback to {@link SqlStatements}. Everything else goes to the real connection
 * unchanged.
 */
class CountingDataSource extends DelegatingDataSource {

	private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
			"executeLargeUpdate", "executeBatch", "executeLargeBatch");

	private final SqlStatements statements;

	CountingDataSource(DataSource target, SqlStatements statements) {
		super(target);
		this.statements = statements;
	}

	@Override
	public Connection getConnection() throws SQLException {
		return counting(super.getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return counting(super.getConnection(username, password));
	}

	private Connection counting(Connection connection) {
		return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
				new ConnectionHandler(connection));
	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	private final class ConnectionHandler implements InvocationHandler {

		private final Connection connection;

		ConnectionHandler(Connection connection) {
			this.connection = connection;
		}

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			String name = method.getName();
			if (name.equals("unwrap") || name.equals("isWrapperFor")) {
				return CountingDataSource.invoke(this.connection, method, args);
			}
			Object result = CountingDataSource.invoke(this.connection, method, args);
			switch (name) {
				case "commit", "rollback" -> CountingDataSource.this.statements.transactionEnded();
				case "createStatement" -> {
					return statement(Statement.class, (Statement) result, null);
				}
				case "prepareStatement" -> {
					return statement(PreparedStatement.class, (Statement) result, (String) args[0]);
				}
				case "prepareCall" -> {
					return statement(CallableStatement.class, (Statement) result, (String) args[0]);
				}
				default -> {
				}
			}
			return result;
		}

		private Statement statement(Class<? extends Statement> type, Statement statement, String sql) {
			return (Statement) Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(),
					new Class<?>[] { type }, new StatementHandler(statement, sql));
		}

	}

	private final class StatementHandler implements InvocationHandler {

		private final Statement statement;

		private final String preparedSql;

		StatementHandler(Statement statement, String preparedSql) {
			this.statement = statement;
			this.preparedSql = preparedSql;
		}

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			if (EXECUTIONS.contains(method.getName())) {
				String sql = (args != null && args.length > 0 && args[0] instanceof String given) ? given
						: this.preparedSql;
				CountingDataSource.this.statements.executed((sql != null) ? sql : "(batch)");
			}
			return CountingDataSource.invoke(this.statement, method, args);
		}

	}

}
