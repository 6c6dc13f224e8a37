package com.partnerportal.platform.security;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request that changes nothing in its session saves nothing: no statement and no
 * transaction on the session tables, only the one read of the session. Spring Session
 * marks a session changed on every request (its last access time), and then runs an
 * update in a transaction of its own; here the last access time is passed on only when
 * the recorded one is older than {@link SessionStorage#LAST_ACCESS_RESOLUTION_MILLIS},
 * and a session nothing was passed on to is not saved at all.
 * <p>
 * Spring Session also looks the requested session up twice per request (once when it is
 * first used, once more when it is committed); within a request (see
 * {@link #readOncePerRequest()}) the second lookup gets the session read by the first.
 */
final class LastAccessResolution implements FindByIndexNameSessionRepository<LastAccessResolution.RecordedSession> {

	static final Duration RESOLUTION = Duration.ofMillis(SessionStorage.LAST_ACCESS_RESOLUTION_MILLIS);

	/**
	 * The sessions read in the current request, by requested id; {@code null} outside a
	 * request marked by {@link #readOncePerRequest()}.
	 */
	private static final ThreadLocal<Map<String, RecordedSession>> readInThisRequest = new ThreadLocal<>();

	private final FindByIndexNameSessionRepository<Session> sessions;

	/**
	 * Spring Session's JDBC sessions, seen as plain sessions (their class is not public).
	 */
	@SuppressWarnings("unchecked")
	LastAccessResolution(JdbcIndexedSessionRepository sessions) {
		this.sessions = (FindByIndexNameSessionRepository<Session>) (FindByIndexNameSessionRepository<?>) sessions;
	}

	/**
	 * Wraps Spring Session's repository (the bean stays what it is for its own life
	 * cycle: schedule of the clean-up, shut-down).
	 */
	static BeanPostProcessor wrapper() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof JdbcIndexedSessionRepository repository) {
					return new LastAccessResolution(repository);
				}
				return bean;
			}

		};
	}

	@Override
	public RecordedSession createSession() {
		RecordedSession session = new RecordedSession(this.sessions.createSession());
		session.changed = true;
		return session;
	}

	@Override
	public void save(RecordedSession session) {
		if (session.changed) {
			this.sessions.save(session.session);
			session.changed = false;
		}
	}

	@Override
	public RecordedSession findById(String id) {
		Map<String, RecordedSession> read = readInThisRequest.get();
		if (read != null && read.containsKey(id)) {
			return read.get(id);
		}
		Session session = this.sessions.findById(id);
		RecordedSession found = (session != null) ? new RecordedSession(session) : null;
		if (read != null) {
			read.put(id, found);
		}
		return found;
	}

	@Override
	public void deleteById(String id) {
		Map<String, RecordedSession> read = readInThisRequest.get();
		if (read != null) {
			read.remove(id);
			read.values().removeIf((session) -> session != null && session.getId().equals(id));
		}
		this.sessions.deleteById(id);
	}

	/**
	 * Marks the span of one request, outside Spring Session's filter: a session is read
	 * at most once in it.
	 */
	static OncePerRequestFilter readOncePerRequest() {
		return new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				readInThisRequest.set(new HashMap<>());
				try {
					chain.doFilter(request, response);
				}
				finally {
					readInThisRequest.remove();
				}
			}

		};
	}

	@Override
	public Map<String, RecordedSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		return this.sessions.findByIndexNameAndIndexValue(indexName, indexValue)
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> new RecordedSession(entry.getValue())));
	}

	/**
	 * A stored session that knows whether anything was passed on to it.
	 */
	static final class RecordedSession implements Session {

		private final Session session;

		private boolean changed;

		RecordedSession(Session session) {
			this.session = session;
		}

		@Override
		public String getId() {
			return this.session.getId();
		}

		@Override
		public String changeSessionId() {
			this.changed = true;
			return this.session.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return this.session.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.session.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			if (attributeValue == null && this.session.getAttribute(attributeName) == null) {
				return;
			}
			this.changed = true;
			this.session.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			setAttribute(attributeName, null);
		}

		@Override
		public Instant getCreationTime() {
			return this.session.getCreationTime();
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (this.changed || !lastAccessedTime.isBefore(this.session.getLastAccessedTime().plus(RESOLUTION))) {
				this.changed = true;
				this.session.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.session.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			if (!interval.equals(this.session.getMaxInactiveInterval())) {
				this.changed = true;
				this.session.setMaxInactiveInterval(interval);
			}
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.session.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.session.isExpired();
		}

	}

}
