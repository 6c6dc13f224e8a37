package com.partnerportal.platform.db;

import java.nio.file.Path;

/**
 * The embedded PostgreSQL cannot start for a reason the person starting the portal can
 * fix; {@link EmbeddedDatabaseFailureAnalyzer} says which, and what to do, in one line
 * each instead of a stack trace.
 */
final class EmbeddedDatabaseStartupException extends RuntimeException {

	private final String action;

	private EmbeddedDatabaseStartupException(String description, String action, Throwable cause) {
		super(description, cause);
		this.action = action;
	}

	String description() {
		return getMessage();
	}

	String action() {
		return this.action;
	}

	static EmbeddedDatabaseStartupException notWritable(Path directory, Throwable cause) {
		return new EmbeddedDatabaseStartupException(
				"The embedded PostgreSQL cannot write its data directory " + directory + ".",
				"Make " + directory + " writable for this user, or set PORTAL_EMBEDDED_DATABASE_DATA_DIRECTORY "
						+ "to a directory it can write.",
				cause);
	}

	static EmbeddedDatabaseStartupException inUse(Path directory) {
		return new EmbeddedDatabaseStartupException(
				"The embedded PostgreSQL data directory " + directory + " is in use by another running portal.",
				"Stop the other portal, or set PORTAL_EMBEDDED_DATABASE_DATA_DIRECTORY to another directory.", null);
	}

	static EmbeddedDatabaseStartupException leftoverNotStopped(Path directory, long pid, Throwable cause) {
		return new EmbeddedDatabaseStartupException(
				"A PostgreSQL server (process " + pid + ") left running on " + directory + " could not be stopped.",
				"Stop process " + pid + " (kill " + pid + " or the Task Manager), then start the portal again.", cause);
	}

	static EmbeddedDatabaseStartupException staleLock(Path directory, long pid) {
		return new EmbeddedDatabaseStartupException(
				"The lock file " + directory.resolve(EmbeddedDataDirectory.LOCK_FILE) + " names process " + pid
						+ ", which is running but cannot be identified as PostgreSQL.",
				"If process " + pid + " is not a PostgreSQL server, delete "
						+ directory.resolve(EmbeddedDataDirectory.LOCK_FILE) + "; otherwise stop it; then start again.",
				null);
	}

	static EmbeddedDatabaseStartupException noBinaries(Throwable cause) {
		return new EmbeddedDatabaseStartupException(
				"This build has no embedded PostgreSQL for " + System.getProperty("os.name") + " on "
						+ System.getProperty("os.arch") + ".",
				"Build on this machine (./mvnw spring-boot:run picks the binaries of the platform that builds), "
						+ "build with -Dembedded-db-all-platforms, or set SPRING_DATASOURCE_URL to your own PostgreSQL.",
				cause);
	}

	static EmbeddedDatabaseStartupException didNotStart(Path directory, Throwable cause) {
		String where = (directory != null) ? " on " + directory : "";
		return new EmbeddedDatabaseStartupException(
				"The embedded PostgreSQL did not start" + where + ": " + cause.getMessage(),
				"Read the PostgreSQL output above this report; delete the data directory to start afresh "
						+ "(the demo data is loaded again), or set SPRING_DATASOURCE_URL to your own PostgreSQL.",
				cause);
	}

}
