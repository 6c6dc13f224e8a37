package com.partnerportal.partner;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.partnerportal.platform.Actor;
import com.partnerportal.platform.CloudInstance;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestClock;
import com.partnerportal.testing.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, finishing item 3: publishing a version of the Partner Agreement mails every
 * partner admin of every partner, in the admin's language, with the version, the end of
 * its grace period and a link to the agreement page built from the base URL; users who
 * are not partner admins get nothing. The mails are in the outbox when publishing returns
 * (same transaction).
 */
@PortalIntegrationTest
class AgreementPublicationMailTest {

	@Autowired
	PartnerAgreements agreements;

	@Autowired
	Partners partners;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@LocalServerPort
	int port;

	private String label;

	@AfterEach
	void removeTheVersion() {
		if (this.label != null) {
			this.jdbc.update("delete from partner_agreement_version where label = ?", this.label);
		}
	}

	@Test
	void everyPartnerAdminOfEveryPartnerIsMailedInItsLanguage() {
		String japaneseAdmin = admin(CloudInstance.GLOBAL, "ja", PartnerRole.PARTNER_ADMIN, PartnerRole.SALES_AGENT);
		String koreanAdmin = admin(CloudInstance.CHINA_21VIANET, "ko", PartnerRole.PARTNER_ADMIN);
		String salesAgent = admin(CloudInstance.GLOBAL, "en", PartnerRole.SALES_AGENT);
		this.label = TestData.unique("v");

		this.agreements.publish(Actor.system(), new NewAgreementVersion(this.label, "Text", "本文", "본문", 45));

		String graceEnds = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
			.withZone(ZoneOffset.UTC)
			.withLocale(Locale.JAPANESE)
			.format(this.clock.instant().plus(Duration.ofDays(45)));
		String link = "http://localhost:" + this.port + "/partner/agreement";
		Map<String, Object> japanese = mailTo(japaneseAdmin);
		assertThat(japanese.get("language")).isEqualTo("ja");
		assertThat(japanese.get("subject")).isEqualTo("パートナー契約 " + this.label + " が公開されました");
		assertThat((String) japanese.get("text_body")).contains(this.label, graceEnds, link);
		Map<String, Object> korean = mailTo(koreanAdmin);
		assertThat(korean.get("language")).isEqualTo("ko");
		assertThat((String) korean.get("subject")).startsWith("파트너 계약 " + this.label);
		assertThat((String) korean.get("text_body")).contains(this.label, link);
		assertThat(this.jdbc.queryForObject("select count(*) from mail_message where recipient = ?", Long.class,
				salesAgent))
			.isZero();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from mail_message where template = 'partner-agreement-published' and subject like ?",
				Long.class, "%" + this.label + "%"))
			.as("one mail per enabled partner admin of every partner")
			.isEqualTo(this.jdbc.queryForObject("""
					select count(*) from partner_user u join partner_user_role r on r.partner_user_id = u.id
					where u.enabled and r.role = 'PARTNER_ADMIN'""", Long.class));
	}

	private String admin(CloudInstance instance, String language, PartnerRole... roles) {
		UUID partnerId = this.partners.register(TestData.unique("Publication"), instance,
				EnumSet.of(Program.CLOUD_ESSENTIALS), TestData.ALL_SERVICES);
		String email = TestData.uniqueEmail("admin");
		this.partners.addUser(partnerId, email, "Admin " + language, TestData.PASSWORD, language,
				EnumSet.of(roles[0], roles));
		return email;
	}

	private Map<String, Object> mailTo(String recipient) {
		List<Map<String, Object>> mails = this.jdbc.queryForList(
				"select language, subject, text_body from mail_message where recipient = ? and subject like ?",
				recipient, "%" + this.label + "%");
		assertThat(mails).hasSize(1);
		return mails.get(0);
	}

}
