package com.partnerportal.demo;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What every demo-data loader shares: it loads once while the application context starts,
 * in a lifecycle phase before the web server's (so the port opens, and readiness is
 * reported, only once the data is there), in one transaction (a failure or a stop halfway
 * leaves nothing, and the next start loads it again), under a PostgreSQL advisory lock of
 * its own (instances starting at once on one empty database: the first loads, the others
 * wait for its commit and then find the data there), and not at all when its data is
 * already present.
 * <p>
 * To add a loader: a new class in this package, named for its area, that <pre>{@code
 * &#64;DemoDataLoader.Enabled
 * class MarketplaceDemoData extends DemoDataLoader {
 *
 *     MarketplaceDemoData(Listings listings, PlatformTransactionManager tm, JdbcTemplate jdbc) {
 *         super("marketplace", DemoData.STEP + 1, tm, jdbc);  // after the steps it builds on
 *         this.listings = listings;
 *     }
 *
 *     protected boolean alreadyPresent() { ... one cheap query for a row it adds ... }
 *
 *     protected void load() { ... through the modules' APIs ... }
 * }
 * }</pre> {@link Enabled} makes it a bean under the same condition as the other loaders
 * ({@code portal.demo-data.enabled}, on unless set to false). The {@code step} orders the
 * loaders: a loader runs after every loader of a lower step (loaders of one step run in
 * no set order), so a loader that needs another's data takes a higher step than it; every
 * step is before the web server starts. {@code alreadyPresent()} and {@code load()} run
 * in the transaction, after the lock is taken; a loader whose data it builds on is
 * missing (a database of real data) returns from {@code load()} without adding anything.
 */
abstract class DemoDataLoader implements SmartLifecycle {

	/**
	 * The phase of step 0: before the web server starts (and so before it accepts
	 * requests), after the beans of the default phase that the services may need. Steps
	 * up to 1000 stay before the web server.
	 */
	static final int FIRST_PHASE = WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1024;

	private final String lock;

	private final int step;

	private final TransactionTemplate transaction;

	private final JdbcTemplate jdbc;

	private volatile boolean loaded;

	/**
	 * A loader named {@code name} (its advisory lock is {@code portal.demo-data.<name>})
	 * at its place {@code step} in the order (0 the first).
	 */
	protected DemoDataLoader(String name, int step, PlatformTransactionManager transactionManager, JdbcTemplate jdbc) {
		this.lock = "portal.demo-data." + name;
		this.step = step;
		this.transaction = new TransactionTemplate(transactionManager);
		this.jdbc = jdbc;
	}

	/**
	 * Whether the data this loader adds is there already (it then adds nothing).
	 */
	protected abstract boolean alreadyPresent();

	/**
	 * Adds the data, through the modules' APIs.
	 */
	protected abstract void load();

	@Override
	public final void start() {
		this.transaction.executeWithoutResult((status) -> {
			this.jdbc.query("select pg_advisory_xact_lock(hashtext(?))", (rs) -> {
			}, this.lock);
			if (!alreadyPresent()) {
				load();
			}
		});
		this.loaded = true;
	}

	@Override
	public final void stop() {
		// nothing to stop: the data stays
	}

	@Override
	public final boolean isRunning() {
		return this.loaded;
	}

	@Override
	public final int getPhase() {
		return FIRST_PHASE + this.step;
	}

	/**
	 * Makes a loader a bean, only while demo data is enabled
	 * ({@code portal.demo-data.enabled}, on unless set to false).
	 */
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@Documented
	@Component
	@ConditionalOnBooleanProperty(name = "portal.demo-data.enabled", matchIfMissing = true)
	@interface Enabled {

	}

}
