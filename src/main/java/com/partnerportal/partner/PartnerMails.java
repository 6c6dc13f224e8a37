package com.partnerportal.partner;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.partnerportal.notification.MailOutbox;
import com.partnerportal.notification.OutgoingMail;
import com.partnerportal.platform.PortalDates;
import com.partnerportal.platform.PortalLinks;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells a partner's admins, each in its language, what the back office changed: its
 * standing (with the reason), its enrollments and authorized service types, the answer to
 * its enrollment request; and every partner's admins, of a new version of the agreement.
 * Listens in the transaction of the change, so the mail is stored with it.
 */
@Component
class PartnerMails {

	private final PartnerUserRepository users;

	private final PartnerRepository partners;

	private final MailOutbox mailOutbox;

	private final PortalLinks links;

	private final PortalDates dates;

	PartnerMails(PartnerUserRepository users, PartnerRepository partners, MailOutbox mailOutbox, PortalLinks links,
			PortalDates dates) {
		this.users = users;
		this.partners = partners;
		this.mailOutbox = mailOutbox;
		this.links = links;
		this.dates = dates;
	}

	/**
	 * Every partner admin of every partner learns of a new version of the agreement, in
	 * its language: the version, the end of its grace period and a link to accept it. The
	 * admins are read in one query; one mail is stored per admin, in the transaction that
	 * publishes.
	 */
	@EventListener
	void on(AgreementVersionPublished event) {
		Instant graceEndsAt = event.occurredAt().plus(Duration.ofDays(event.gracePeriodDays()));
		String link = this.links.absolute("/partner/agreement");
		for (PartnerUserRepository.Recipient admin : this.users
			.findEnabledRecipientsWithRole(PartnerRole.PARTNER_ADMIN)) {
			Locale locale = Locale.forLanguageTag(admin.getLanguage());
			this.mailOutbox.queue(
					OutgoingMail.notice(admin.getEmail(), locale, "partner-agreement-published", List.of(event.label()),
							admin.getDisplayName(), List.of(event.label(), this.dates.date(graceEndsAt, locale)),
							"mail.partner-agreement-published.action", link));
		}
	}

	@EventListener
	void on(PartnerStandingChanged event) {
		mailAdmins(event.partnerId(), "partner-standing-" + event.to().name(), event.partnerName(),
				List.of(event.partnerName(), event.reason()));
	}

	@EventListener
	void on(PartnerEnrollmentsChanged event) {
		String programs = event.programs().isEmpty() ? "-"
				: String.join(", ", event.programs().stream().map(Enum::name).sorted().toList());
		String services = event.authorizedServiceCodes().isEmpty() ? "-"
				: String.join(", ", event.authorizedServiceCodes().stream().sorted().toList());
		mailAdmins(event.partnerId(), "partner-enrollments-changed", event.partnerName(),
				List.of(programs, services, event.reason()));
	}

	@EventListener
	void on(EnrollmentRequestDecided event) {
		String name = this.partners.findById(event.partnerId()).map(Partner::name).orElse("");
		mailAdmins(event.partnerId(), event.granted() ? "partner-enrollment-granted" : "partner-enrollment-declined",
				name, List.of(event.program().name(), (event.reason() != null) ? event.reason() : "-"));
	}

	private void mailAdmins(UUID partnerId, String mail, String partnerName, List<Object> textArguments) {
		for (PartnerUser admin : this.users.findEnabledWithRoles(partnerId, EnumSet.of(PartnerRole.PARTNER_ADMIN))) {
			PartnerUserView user = admin.toView();
			this.mailOutbox.queue(OutgoingMail.notice(user.email(), user.locale(), mail, List.of(partnerName),
					user.displayName(), textArguments, "mail.partner.portal.action", this.links.absolute("/partner")));
		}
	}

}
