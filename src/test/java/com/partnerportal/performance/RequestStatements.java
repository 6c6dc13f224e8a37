package com.partnerportal.performance;

import java.util.List;

/**
 * The SQL one request sent to the database, on its own thread (Hibernate's, Spring
 * Session's and every other statement through the application's data source).
 *
 * @param statements statements executed (a batch counts once: one round trip)
 * @param sessionReads statements that read the session tables
 * @param sessionWrites statements that write the session tables, whether or not they
 * change a row
 * @param transactions commits and rollbacks
 * @param sql the statements, in order
 */
public record RequestStatements(int statements, int sessionReads, int sessionWrites, int transactions,
		List<String> sql) {

	@Override
	public String toString() {
		return this.statements + " statements (session: " + this.sessionReads + " read, " + this.sessionWrites
				+ " write), " + this.transactions + " transactions";
	}

}
