package com.partnerportal.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.onboarding.NewApplication;
import com.partnerportal.onboarding.PartnerApplications;
import com.partnerportal.partner.Program;
import com.partnerportal.platform.CloudInstance;
import com.partnerportal.platform.web.SupportedLanguages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One application to join the network waiting for the back office's review, once: Fourth
 * Coffee applies through the onboarding module (its verification mail is in the mail
 * log), and is then marked verified as if its contact had clicked the link a day ago. The
 * contact writes from an address outside the company domain, so the reviewer sees the
 * flag.
 * <p>
 * Loaded in a phase after {@link DemoData}'s, before the web server starts, in one
 * transaction and under an advisory lock, like it.
 */
@DemoDataLoader.Enabled
class OnboardingDemoData extends DemoDataLoader {

	static final String DOMAIN = "fourthcoffee.example";

	/** The company's own website (not a portal link). */
	static final String WEBSITE = UriComponentsBuilder.newInstance()
		.scheme("https")
		.host("www." + DOMAIN)
		.toUriString();

	private static final Logger logger = LoggerFactory.getLogger(OnboardingDemoData.class);

	private final PartnerApplications applications;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	OnboardingDemoData(PartnerApplications applications, PlatformTransactionManager transactionManager,
			JdbcTemplate jdbc, Clock clock) {
		super("onboarding", DemoData.STEP + 1, transactionManager, jdbc);
		this.applications = applications;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	protected boolean alreadyPresent() {
		Integer present = this.jdbc.queryForObject("select count(*) from partner_application where domain = ?",
				Integer.class, DOMAIN);
		return present != null && present > 0;
	}

	@Override
	protected void load() {
		UUID id = this.applications
			.apply(new NewApplication("Fourth Coffee Cloud Services K.K.", WEBSITE, DOMAIN, "JP", CloudInstance.GLOBAL,
					"Aiko Tanaka", "aiko.tanaka@mail.example", SupportedLanguages.DEFAULT.getLanguage(),
					Set.of("MAIL", "MEETINGS", "FILE_SHARING"), EnumSet.of(Program.CLOUD_ESSENTIALS)));
		Instant verifiedAt = this.clock.instant().minus(Duration.ofDays(1));
		this.jdbc
			.update("update partner_application set state = 'SUBMITTED', submitted_at = ?, link_token_hash = null, "
					+ "link_expires_at = null where id = ?", Timestamp.from(verifiedAt), id);
		logger.info("Demo application to join the network loaded: {}", DOMAIN);
	}

}
