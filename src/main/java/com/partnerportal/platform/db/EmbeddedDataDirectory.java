package com.partnerportal.platform.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.zonky.test.db.postgres.util.LinuxUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL's data directory, made ready before a start: created and
 * writable, not in use by another running portal, and free of what a portal that was
 * killed ({@code kill -9}, an IDE's stop button, an out-of-memory kill) leaves behind.
 * Such a portal's PostgreSQL keeps running on the directory, detached from the JVM: it is
 * stopped here, so that starting again always works.
 * <p>
 * Another running portal is told apart from a killed one by the lock that the embedded
 * database library holds on {@value #OWNER_LOCK_FILE} for as long as its JVM runs: the
 * operating system releases it when the JVM dies, however it dies.
 */
final class EmbeddedDataDirectory {

	/** PostgreSQL's lock file: the server's process id on its first line. */
	static final String LOCK_FILE = "postmaster.pid";

	/** Present once the directory is initialized. */
	static final String CONFIGURATION_FILE = "postgresql.conf";

	/** The embedded database library's lock, held by the JVM that runs the server. */
	static final String OWNER_LOCK_FILE = "epg-lock";

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedDataDirectory.class);

	private EmbeddedDataDirectory() {
	}

	/**
	 * Makes the directory ready for the embedded PostgreSQL to start on it.
	 * @throws EmbeddedDatabaseStartupException when it cannot be, with what to do
	 */
	static void prepare(Path directory) {
		try {
			Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw EmbeddedDatabaseStartupException.notWritable(directory, ex);
		}
		if (!Files.isWritable(directory)) {
			throw EmbeddedDatabaseStartupException.notWritable(directory, null);
		}
		if (!Files.exists(directory.resolve(CONFIGURATION_FILE))) {
			// not initialized yet, so no server runs on it; initdb wants it as it is
			return;
		}
		try (FileChannel owner = FileChannel.open(directory.resolve(OWNER_LOCK_FILE), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE)) {
			FileLock lock = tryLock(owner);
			if (lock == null) {
				throw EmbeddedDatabaseStartupException.inUse(directory);
			}
			try {
				stopLeftoverServer(directory);
			}
			finally {
				// the library takes the same lock when it starts the server
				lock.release();
			}
		}
		catch (IOException ex) {
			throw EmbeddedDatabaseStartupException.notWritable(directory, ex);
		}
	}

	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			// held by this JVM: a server of this very process runs on the directory
			return null;
		}
	}

	private static void stopLeftoverServer(Path directory) throws IOException {
		Path lockFile = directory.resolve(LOCK_FILE);
		if (!Files.exists(lockFile)) {
			return;
		}
		OptionalLong pid = processId(lockFile);
		Optional<ProcessHandle> process = pid.isPresent() ? ProcessHandle.of(pid.getAsLong()) : Optional.empty();
		if (process.isEmpty() || !process.get().isAlive()) {
			logger.info("Removing the stale {} of a PostgreSQL that is no longer running", lockFile);
			Files.deleteIfExists(lockFile);
			return;
		}
		ProcessHandle server = process.get();
		Optional<String> command = server.info().command();
		if (command.isEmpty()) {
			throw EmbeddedDatabaseStartupException.staleLock(directory, server.pid());
		}
		if (!isPostgres(command.get()) || !servesDirectory(server, directory)) {
			// the process id was reused after a reboot or a crash
			logger.info("Removing the stale {}: process {} is not its PostgreSQL", lockFile, server.pid());
			Files.deleteIfExists(lockFile);
			return;
		}
		logger.warn("A PostgreSQL (process {}) was left running on {} by a portal that did not stop: stopping it",
				server.pid(), directory);
		stop(server, Path.of(command.get()), directory);
	}

	private static OptionalLong processId(Path lockFile) throws IOException {
		List<String> lines = Files.readAllLines(lockFile, StandardCharsets.UTF_8);
		if (lines.isEmpty()) {
			return OptionalLong.empty();
		}
		try {
			return OptionalLong.of(Long.parseLong(lines.get(0).strip()));
		}
		catch (NumberFormatException ex) {
			return OptionalLong.empty();
		}
	}

	private static boolean isPostgres(String command) {
		String name = Path.of(command).getFileName().toString();
		return name.equals("postgres") || name.equals("postgres.exe");
	}

	/**
	 * The server's {@code -D} argument, when the system shows it, names this directory.
	 */
	private static boolean servesDirectory(ProcessHandle server, Path directory) throws IOException {
		String[] arguments = server.info().arguments().orElse(new String[0]);
		for (int i = 0; i < arguments.length - 1; i++) {
			if (arguments[i].equals("-D")) {
				Path served = Path.of(arguments[i + 1]);
				return Files.exists(served) && Files.isSameFile(served, directory);
			}
		}
		return true;
	}

	/**
	 * Stops the server with its own {@code pg_ctl} (a fast shutdown: a killed portal has
	 * no session left), or else with a termination signal, and waits until it is gone.
	 */
	private static void stop(ProcessHandle server, Path postgres, Path directory) {
		Path pgCtl = postgres.resolveSibling(postgres.getFileName().toString().replace("postgres", "pg_ctl"));
		if (Files.isExecutable(pgCtl)) {
			List<String> command = new ArrayList<>();
			if (LinuxUtils.isUnshareAvailable()) {
				// as root, the library runs PostgreSQL through unshare: so must pg_ctl
				command.addAll(List.of("unshare", "-U"));
			}
			command.addAll(List.of(pgCtl.toString(), "stop", "-D", directory.toString(), "-m", "fast", "-w", "-t",
					String.valueOf(STOP_TIMEOUT.toSeconds())));
			try {
				Process pgCtlStop = new ProcessBuilder(command).redirectErrorStream(true).start();
				String output = new String(pgCtlStop.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
				pgCtlStop.waitFor(STOP_TIMEOUT.toSeconds() + 10, TimeUnit.SECONDS);
				logger.info("pg_ctl stop: {}", output.strip());
			}
			catch (IOException ex) {
				logger.warn("pg_ctl stop failed ({}); signalling process {}", ex.getMessage(), server.pid());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw EmbeddedDatabaseStartupException.leftoverNotStopped(directory, server.pid(), ex);
			}
		}
		if (server.isAlive()) {
			server.destroy();
		}
		try {
			server.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw EmbeddedDatabaseStartupException.leftoverNotStopped(directory, server.pid(), ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw EmbeddedDatabaseStartupException.leftoverNotStopped(directory, server.pid(), ex);
		}
	}

}
