package partnerportal.benchmark;

import java.io.IOException;

import com.partnerportal.PartnerPortalApplication;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * The portal as the benchmark runs it (test scope, started by {@code ./mvnw -Pbenchmark
 * verify}): the application itself, with the {@code benchmark} profile and
 * {@link BenchmarkConfiguration} (the floor page, the statement counter, the seeded
 * data). The portal's component scan leaves out every class compiled from the tests: the
 * tests' own configurations are no part of the portal under measurement.
 */
public final class BenchmarkPortal {

	private BenchmarkPortal() {
	}

	public static void main(String[] args) {
		SpringApplication portal = new SpringApplication(PartnerPortalApplication.class, BenchmarkConfiguration.class);
		portal.setAdditionalProfiles("benchmark");
		portal.addInitializers((context) -> context.getBeanFactory()
			.registerSingleton("benchmarkScansNoTestClasses", new NoTestClasses()));
		portal.run(args);
	}

	/**
	 * Leaves the classes compiled from {@code src/test} out of the component scan.
	 */
	static final class NoTestClasses extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
			try {
				return reader.getResource().getURL().toString().contains("/test-classes/");
			}
			catch (IOException ex) {
				return false;
			}
		}

		@Override
		public boolean equals(Object other) {
			return other != null && other.getClass() == getClass();
		}

		@Override
		public int hashCode() {
			return getClass().hashCode();
		}

	}

}
