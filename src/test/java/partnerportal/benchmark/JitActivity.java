package partnerportal.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.Session;

/**
 * Whether the portal's JIT compilers still work, read once a second from
 * {@code /benchmark/jit}: settled when, over the last {@link #WINDOW}, they compiled for
 * less than {@link #BUSY_SHARE} of that time and nothing is being compiled or queued now
 * (a compilation's time counts only once it ends, and one starved of CPU can take half a
 * minute). On two cores a compiler thread busy for minutes (as it is while a page's code
 * is new to it) takes half the machine from the page being measured; a page warmed up
 * until the compilers settle is measured on the code it runs for the rest of the server's
 * life.
 * <p>
 * It reads only while a warm-up runs: the queue's reading stops the portal's threads at a
 * safepoint (for up to some tens of milliseconds on two cores), which has no place in a
 * measured phase.
 */
final class JitActivity {

	/** The time over which the compilers' work is weighed. */
	static final Duration WINDOW = Duration.ofSeconds(10);

	/** The share of {@link #WINDOW} below which the compilers count as idle. */
	static final double BUSY_SHARE = 0.05;

	private static JitActivity instance;

	private final URI uri;

	private final HttpClient client = HttpClient.newHttpClient();

	/** Readings of the last {@link #WINDOW} and a bit: {epoch ms, compilation ms}. */
	private final Deque<long[]> readings = new ArrayDeque<>();

	private volatile boolean settled;

	/** The virtual users in a {@link #warmUp} now. */
	private final AtomicInteger warming = new AtomicInteger();

	JitActivity(String baseUrl) {
		this.uri = URI.create(baseUrl + "/benchmark/jit");
	}

	/**
	 * The one reader of the portal at {@code baseUrl}, reading from its first call on.
	 */
	static synchronized JitActivity of(String baseUrl) {
		if (instance == null) {
			instance = new JitActivity(baseUrl);
			Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("jit-activity").factory())
				.scheduleWithFixedDelay(instance::poll, 0, 1, TimeUnit.SECONDS);
		}
		return instance;
	}

	/**
	 * Whether the compilers worked less than {@link #BUSY_SHARE} of the last
	 * {@link #WINDOW} (false until a whole window has been read).
	 */
	boolean settled() {
		return this.settled;
	}

	private void poll() {
		if (this.warming.get() == 0) {
			forget();
			return;
		}
		try {
			String[] reading = this.client
				.send(HttpRequest.newBuilder(this.uri).timeout(Duration.ofSeconds(5)).build(),
						HttpResponse.BodyHandlers.ofString())
				.body()
				.strip()
				.split(" ");
			read(System.currentTimeMillis(), Long.parseLong(reading[0]), Long.parseLong(reading[1]));
		}
		catch (IOException | RuntimeException ex) {
			// the portal is busy or restarting: the next reading decides
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * {@code warm} over and over: for {@code least}, then on until the compilers settle,
	 * {@code most} in all (no longer than {@code least} when {@code most} is not more).
	 * Notes its start as {@code warmUpFrom} (epoch ms) in the session.
	 */
	ChainBuilder warmUp(ChainBuilder warm, Duration least, Duration most) {
		return CoreDsl.exec((session) -> {
			this.warming.incrementAndGet();
			return session.set("warmUpFrom", System.currentTimeMillis());
		})
			.during(least, false)
			.on(warm)
			.asLongAs((session) -> !settled() && warmedFor(session) < most.toMillis(), false)
			.on(warm)
			.exec((session) -> {
				this.warming.decrementAndGet();
				return session;
			});
	}

	/** Milliseconds since the session's {@link #warmUp} began. */
	static long warmedFor(Session session) {
		return System.currentTimeMillis() - session.getLong("warmUpFrom");
	}

	/**
	 * A reading taken at {@code now} (epoch ms): the compilers' total working time so
	 * far, and the methods they compile or have queued now.
	 */
	synchronized void read(long now, long compilationMillis, long compiling) {
		this.readings.addLast(new long[] { now, compilationMillis });
		long windowStart = now - WINDOW.toMillis();
		while (this.readings.size() > 1 && this.readings.peekFirst()[0] < windowStart
				&& secondOldest()[0] <= windowStart) {
			this.readings.removeFirst();
		}
		long[] oldest = this.readings.peekFirst();
		this.settled = compiling == 0 && oldest[0] <= windowStart
				&& (compilationMillis - oldest[1]) < BUSY_SHARE * (now - oldest[0]);
	}

	/**
	 * Forgets every reading (no warm-up runs): the next warm-up weighs only what it reads
	 * itself, from its first second on.
	 */
	synchronized void forget() {
		this.readings.clear();
		this.settled = false;
	}

	private long[] secondOldest() {
		var iterator = this.readings.iterator();
		iterator.next();
		return iterator.next();
	}

}
