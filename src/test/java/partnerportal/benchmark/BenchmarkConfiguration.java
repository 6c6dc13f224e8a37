package partnerportal.benchmark;

import com.partnerportal.performance.StatementCounting;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * What the benchmark adds to the portal, in test scope only: the floor page (with its
 * entity, hence the extra auto-configuration package), the statement counter and its
 * totals, the JIT compilers' working time, and the seeding of the data size of issue 9.
 */
@Configuration(proxyBeanMethods = false)
@AutoConfigurationPackage
@Import({ StatementCounting.class, FloorController.class, BenchmarkStatementsController.class, BenchmarkSeeding.class,
		JitController.class })
class BenchmarkConfiguration {

	/**
	 * The benchmark's own pages are public; the portal's security configuration still
	 * applies to every other path.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain benchmarkPages(HttpSecurity http) throws Exception {
		http.securityMatcher("/benchmark/**").authorizeHttpRequests((requests) -> requests.anyRequest().permitAll());
		return http.build();
	}

}
