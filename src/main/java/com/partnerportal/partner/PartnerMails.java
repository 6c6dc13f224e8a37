package com.partnerportal.partner;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import com.partnerportal.notification.MailOutbox;
import com.partnerportal.notification.OutgoingMail;
import com.partnerportal.platform.PortalLinks;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells a partner's admins, each in its language, what the back office changed: its
 * standing (with the reason), its enrollments and authorized service types, the answer to
 * its enrollment request. Listens in the transaction of the change, so the mail is stored
 * with it.
 */
@Component
class PartnerMails {

	private final PartnerUserRepository users;

	private final PartnerRepository partners;

	private final MailOutbox mailOutbox;

	private final PortalLinks links;

	PartnerMails(PartnerUserRepository users, PartnerRepository partners, MailOutbox mailOutbox, PortalLinks links) {
		this.users = users;
		this.partners = partners;
		this.mailOutbox = mailOutbox;
		this.links = links;
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
