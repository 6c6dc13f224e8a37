package com.partnerportal.platform.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Run in a JVM of its own by {@link EmbeddedDataDirectoryTest}: a portal's embedded
 * PostgreSQL on a data directory, with a row written, then waiting to be killed.
 */
final class PortalToKill {

	static final String READY = "portal-to-kill: ready";

	private PortalToKill() {
	}

	public static void main(String[] arguments) throws Exception {
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(Path.of(arguments[0]))
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			.start();
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create table kept (note text)");
			statement.execute("insert into kept values ('written before the kill')");
		}
		System.out.println(READY);
		System.out.flush();
		// parked until the test kills this JVM: nothing to wait for but the kill
		new CountDownLatch(1).await();
	}

}
