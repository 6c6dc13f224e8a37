package com.partnerportal.performance;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Applications to join the network waiting for review, for the back office's list and
 * page; the demo application is the one measured.
 */
final class OnboardingPageData {

	private final JdbcTemplate jdbc;

	private int run;

	OnboardingPageData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	UUID demoApplication() {
		return this.jdbc.queryForObject("select id from partner_application where domain = 'fourthcoffee.example'",
				UUID.class);
	}

	/**
	 * Adds {@code count} submitted applications, each with two service types and a
	 * program.
	 */
	void applications(int count) {
		this.run++;
		List<Object[]> applications = new ArrayList<>();
		List<Object[]> services = new ArrayList<>();
		List<Object[]> programs = new ArrayList<>();
		Instant now = Instant.now();
		for (int i = 0; i < count; i++) {
			UUID id = UUID.randomUUID();
			String domain = "seeded-" + this.run + "-" + i + ".example";
			Timestamp at = Timestamp.from(now.minusSeconds(60L * i));
			applications.add(new Object[] { id, "Seeded Applicant " + this.run + " " + i, "https://" + domain, domain,
					"owner@" + domain, at, at });
			services.add(new Object[] { id, "MAIL" });
			services.add(new Object[] { id, "MEETINGS" });
			programs.add(new Object[] { id, "CLOUD_ESSENTIALS" });
		}
		this.jdbc.batchUpdate("insert into partner_application (id, legal_name, website, domain, country, "
				+ "cloud_instance, contact_name, contact_email, language, contact_outside_domain, state, created_at, "
				+ "submitted_at, version) values (?, ?, ?, ?, 'JP', 'GLOBAL', 'Seeded Contact', ?, 'en', false, "
				+ "'SUBMITTED', ?, ?, 0)", applications);
		this.jdbc.batchUpdate("insert into partner_application_service (application_id, service_code) values (?, ?)",
				services);
		this.jdbc.batchUpdate("insert into partner_application_program (application_id, program) values (?, ?)",
				programs);
	}

}
