package com.partnerportal.marketplace;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.partnerportal.notification.MailOutbox;
import com.partnerportal.notification.OutgoingMail;
import com.partnerportal.partner.PartnerUserView;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.PortalLinks;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the partner admin who submitted a listing, in its language, what the back office
 * decided: published, or rejected with the reason on each field. Listens in the
 * transaction of the decision, so the mail is stored with it.
 */
@Component
class ListingMails {

	private final Partners partners;

	private final MailOutbox mailOutbox;

	private final PortalLinks links;

	private final MessageSource messages;

	ListingMails(Partners partners, MailOutbox mailOutbox, PortalLinks links, MessageSource messages) {
		this.partners = partners;
		this.mailOutbox = mailOutbox;
		this.links = links;
		this.messages = messages;
	}

	@EventListener
	void on(ListingApproved event) {
		mail(event.submittedById(), "marketplace-listing-approved", event.partnerName(), List.of(event.partnerName()));
	}

	@EventListener
	void on(ListingRejected event) {
		PartnerUserView user = submitter(event.submittedById());
		if (user != null) {
			String reasons = event.reasons()
				.entrySet()
				.stream()
				.sorted(Map.Entry.comparingByKey())
				.map((entry) -> this.messages.getMessage("marketplace.field." + entry.getKey().name(), null,
						user.locale()) + ": " + entry.getValue())
				.collect(Collectors.joining("; "));
			queue(user, "marketplace-listing-rejected", event.partnerName(), List.of(event.partnerName(), reasons));
		}
	}

	private void mail(UUID userId, String name, String partnerName, List<Object> textArguments) {
		PartnerUserView user = submitter(userId);
		if (user != null) {
			queue(user, name, partnerName, textArguments);
		}
	}

	private PartnerUserView submitter(UUID userId) {
		return (userId != null) ? this.partners.user(userId).orElse(null) : null;
	}

	private void queue(PartnerUserView user, String name, String partnerName, List<Object> textArguments) {
		this.mailOutbox
			.queue(OutgoingMail.notice(user.email(), user.locale(), name, List.of(partnerName), user.displayName(),
					textArguments, "mail.marketplace.listing.action", this.links.absolute("/partner/listing")));
	}

}
