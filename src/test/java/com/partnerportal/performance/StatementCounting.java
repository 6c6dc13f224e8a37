package com.partnerportal.performance;

import java.io.IOException;

import javax.sql.DataSource;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * Counts the SQL statements of every request (test scope only): the application's data
 * source is wrapped, and a filter in front of every other (Spring Session's included)
 * charges the statements executed on the request's thread to that request.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounting {

	@Bean
	SqlStatements sqlStatements() {
		return new SqlStatements();
	}

	@Bean
	static BeanPostProcessor countingDataSource(ObjectProvider<SqlStatements> statements) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource && !(bean instanceof CountingDataSource)) {
					return new CountingDataSource(dataSource, statements.getObject());
				}
				return bean;
			}

		};
	}

	@Bean
	FilterRegistrationBean<Filter> statementCountFilter(SqlStatements statements) {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
				new StatementCountFilter(statements));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.addUrlPatterns("/*");
		return registration;
	}

	/**
	 * Brackets each request: everything between its arrival and the return of the whole
	 * filter chain (the session saved, the response written) is charged to it.
	 */
	static final class StatementCountFilter implements Filter {

		private final SqlStatements statements;

		StatementCountFilter(SqlStatements statements) {
			this.statements = statements;
		}

		@Override
		public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
				throws IOException, ServletException {
			HttpServletRequest http = (HttpServletRequest) request;
			this.statements.begin();
			RequestStatements counted = null;
			try {
				chain.doFilter(request, response);
			}
			finally {
				counted = this.statements.end();
				if (counted != null) {
					this.statements.finished(http.getHeader(SqlStatements.PROBE_HEADER),
							http.getHeader(SqlStatements.PAGE_HEADER), counted);
				}
			}
		}

	}

}
