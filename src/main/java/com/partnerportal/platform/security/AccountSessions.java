package com.partnerportal.platform.security;

import java.util.Map;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends the sessions of an account (found by the principal name Spring Session indexes
 * them by): after its password changed, or once it is deactivated. Its next request is
 * then signed out, on every instance, since sessions live in PostgreSQL.
 */
@Component
public class AccountSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/**
	 * Ends every session of the account signed in as {@code signInName} but
	 * {@code keptSessionId} (the one that made the change, or {@code null} for none).
	 * @return how many sessions ended
	 */
	public int endSessions(String signInName, String keptSessionId) {
		Map<String, ? extends Session> found = this.sessions
			.findByIndexNameAndIndexValue(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, signInName);
		int ended = 0;
		for (String id : found.keySet()) {
			if (!id.equals(keptSessionId)) {
				this.sessions.deleteById(id);
				ended++;
			}
		}
		return ended;
	}

}
