package com.partnerportal.onboarding;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.partner.Program;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.CloudInstance;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The application's own transitions: verified once by a usable link, decided once, and
 * changed only in the fields the back office named.
 */
class PartnerApplicationTest {

	private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

	private static final Actor REVIEWER = new Actor(Actor.Kind.BACK_OFFICE_ADMIN, UUID.randomUUID(), "op@x.example");

	@Test
	void domainIsNormalizedAndAContactOutsideItIsFlagged() {
		PartnerApplication application = application("HTTPS://www.Contoso.Example/", "ana@gmail.example");
		assertThat(application.domain()).isEqualTo("contoso.example");
		assertThat(application.toDetail().contactOutsideDomain()).isTrue();
		assertThat(application("contoso.example", "ana@eu.contoso.example").toDetail().contactOutsideDomain())
			.isFalse();
	}

	@Test
	void verifiesOnceWithinTheLinksLifetime() {
		PartnerApplication application = application("contoso.example", "ana@contoso.example");
		application.verify(NOW.plusSeconds(60));
		assertThat(application.state()).isEqualTo(ApplicationState.SUBMITTED);
		assertThat(application.domainEvents()).singleElement().isInstanceOf(PartnerApplicationSubmitted.class);
		assertThatThrownBy(() -> application.verify(NOW.plusSeconds(120)))
			.isInstanceOf(IllegalApplicationChangeException.class);

		PartnerApplication late = application("fabrikam.example", "bo@fabrikam.example");
		assertThatThrownBy(() -> late.verify(NOW.plus(Duration.ofDays(3))))
			.isInstanceOf(IllegalApplicationChangeException.class);
		assertThat(late.lapseIfExpired(NOW.plus(Duration.ofDays(3)))).isTrue();
		assertThat(late.state()).isEqualTo(ApplicationState.LAPSED);
	}

	@Test
	void isDecidedOnceAndARejectionSetsTheWaitingPeriod() {
		PartnerApplication application = application("contoso.example", "ana@contoso.example");
		assertThatThrownBy(() -> application.approve(UUID.randomUUID(), Set.of(), Set.of("MAIL"), REVIEWER, NOW))
			.as("not verified yet")
			.isInstanceOf(IllegalApplicationChangeException.class);
		application.verify(NOW);
		application.reject(RejectionReason.INCOMPLETE, "note", Duration.ofDays(7), REVIEWER, NOW);
		assertThat(application.reapplyAfter()).isEqualTo(NOW.plus(Duration.ofDays(7)));
		assertThatThrownBy(() -> application.approve(UUID.randomUUID(), Set.of(), Set.of("MAIL"), REVIEWER, NOW))
			.isInstanceOf(IllegalApplicationChangeException.class);
	}

	@Test
	void applicantChangesOnlyTheNamedFieldsAndEachChangeKeepsOldAndNew() {
		PartnerApplication application = application("contoso.example", "ana@contoso.example");
		application.verify(NOW);
		application.requestChanges(EnumSet.of(ApplicationField.LEGAL_NAME), "full name", "b".repeat(64),
				NOW.plus(Duration.ofDays(14)), REVIEWER, NOW);
		application.applyChanges(new ApplicationChanges("Contoso K.K.", "https://evil.example", "US", "Mallory",
				Set.of("SECURITY"), Set.of()), NOW.plusSeconds(60));
		ApplicationDetail detail = application.toDetail();
		assertThat(detail.state()).isEqualTo(ApplicationState.SUBMITTED);
		assertThat(detail.legalName()).isEqualTo("Contoso K.K.");
		assertThat(detail.website()).isEqualTo("https://www.contoso.example");
		assertThat(detail.country()).isEqualTo("JP");
		assertThat(detail.serviceCodes()).containsExactly("MAIL");
		assertThat(detail.changes()).singleElement()
			.isEqualTo(new FieldChange(ApplicationField.LEGAL_NAME, "Contoso", "Contoso K.K.", NOW.plusSeconds(60)));
		assertThatThrownBy(() -> application.applyChanges(new ApplicationChanges("Again", null, null, null, null, null),
				NOW.plusSeconds(120)))
			.isInstanceOf(IllegalApplicationChangeException.class);
	}

	private static PartnerApplication application(String domain, String contact) {
		return new PartnerApplication(
				new NewApplication("Contoso", "https://www.contoso.example", domain, "jp", CloudInstance.GLOBAL, "Ana",
						contact, "en", Set.of("MAIL"), EnumSet.of(Program.CLOUD_ESSENTIALS)),
				"a".repeat(64), NOW.plus(Duration.ofDays(2)), NOW);
	}

}
