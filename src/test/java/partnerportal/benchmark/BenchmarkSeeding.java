package partnerportal.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import com.partnerportal.performance.PageData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seeds the data size of issue 9 before the portal reports itself ready: invitations and
 * customers of the demo partner, users of the demo customer's tenant. It writes what the
 * simulation needs: the demo customer's id, one invitation link for the link page, and
 * the links of open invitations for the acceptances.
 */
class BenchmarkSeeding implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(BenchmarkSeeding.class);

	private final JdbcTemplate jdbc;

	private final int invitations;

	private final int customers;

	private final int tenantUsers;

	private final Path output;

	BenchmarkSeeding(JdbcTemplate jdbc, @Value("${benchmark.invitations}") int invitations,
			@Value("${benchmark.customers}") int customers, @Value("${benchmark.tenant-users}") int tenantUsers,
			@Value("${benchmark.output}") Path output) {
		this.jdbc = jdbc;
		this.invitations = invitations;
		this.customers = customers;
		this.tenantUsers = tenantUsers;
		this.output = output;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		long start = System.nanoTime();
		PageData data = new PageData(this.jdbc);
		List<String> open = data.invitations(this.invitations);
		data.customers(this.customers);
		data.tenantUsers(this.tenantUsers);
		MarketplaceBenchmarkData.seed(this.jdbc, MarketplaceBenchmarkData.LISTINGS);
		PipelineBenchmarkData.seed(this.jdbc);
		this.jdbc.execute("analyze");
		Files.createDirectories(this.output);
		for (String previous : List.of("results.md", "below-goal.txt", "failures.txt")) {
			Files.deleteIfExists(this.output.resolve(previous));
		}
		Properties seeded = new Properties();
		seeded.setProperty("customer", data.demoCustomer().toString());
		seeded.setProperty("link-token", open.get(0));
		try (var writer = Files.newBufferedWriter(this.output.resolve("seeded.properties"))) {
			seeded.store(writer, "seeded by the benchmark's portal");
		}
		List<String> tokens = new ArrayList<>();
		tokens.add("token");
		tokens.addAll(open.subList(1, open.size()));
		Files.write(this.output.resolve("acceptance-tokens.csv"), tokens);
		logger.info("Benchmark data seeded in {} ms: {} invitations ({} open), {} customers, {} tenant users",
				(System.nanoTime() - start) / 1_000_000, this.invitations, open.size(), this.customers,
				this.tenantUsers);
	}

}
