package com.partnerportal.platform.security;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sessions in PostgreSQL (Spring Session JDBC), safe for concurrent requests of one
 * session (several tabs, parallel loads): an attribute is written with an upsert, so two
 * requests that set it at once cannot collide on the primary key; and a request that
 * changes nothing writes nothing, so that read-only requests do not queue on the
 * session's row.
 */
@Configuration(proxyBeanMethods = false)
class SessionStorage {

	/**
	 * How stale the recorded last access of a session may be: a request within this time
	 * of the recorded one does not write it again. Small against the idle timeout
	 * (hours), so a session expires at most this much earlier than it would otherwise.
	 */
	static final long LAST_ACCESS_RESOLUTION_MILLIS = 60_000;

	/**
	 * Spring Session's own statement with a condition added: the row is updated only when
	 * the session's id, timeout or principal changed, or its recorded last access is
	 * older than {@link #LAST_ACCESS_RESOLUTION_MILLIS}. The parameters are the same, in
	 * the same order.
	 */
	static final String UPDATE_SESSION_IF_CHANGED = """
			UPDATE %TABLE_NAME% AS s
			SET SESSION_ID = v.session_id, LAST_ACCESS_TIME = v.last_access_time,
			MAX_INACTIVE_INTERVAL = v.max_inactive_interval, EXPIRY_TIME = v.expiry_time,
			PRINCIPAL_NAME = v.principal_name
			FROM (VALUES (CAST(? AS CHAR(36)), CAST(? AS BIGINT), CAST(? AS INT), CAST(? AS BIGINT),
			CAST(? AS VARCHAR(320)), CAST(? AS CHAR(36))))
			AS v (session_id, last_access_time, max_inactive_interval, expiry_time, principal_name, primary_id)
			WHERE s.PRIMARY_ID = v.primary_id
			AND (s.SESSION_ID <> v.session_id OR s.MAX_INACTIVE_INTERVAL <> v.max_inactive_interval
			OR s.PRINCIPAL_NAME IS DISTINCT FROM v.principal_name
			OR v.last_access_time >= s.LAST_ACCESS_TIME + """ + LAST_ACCESS_RESOLUTION_MILLIS + "\n)\n";

	/**
	 * Nothing is saved for a request that changed nothing (see
	 * {@link LastAccessResolution}).
	 */
	@Bean
	static BeanPostProcessor sessionSavedOnlyWhenChanged() {
		return LastAccessResolution.wrapper();
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> sessionReadOncePerRequest() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				LastAccessResolution.readOncePerRequest());
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		return registration;
	}

	/**
	 * Attributes are inserted with {@code ON CONFLICT ... DO UPDATE}.
	 */
	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributeUpserts() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionWrittenOnlyWhenChanged() {
		return (repository) -> repository.setUpdateSessionQuery(UPDATE_SESSION_IF_CHANGED);
	}

}
