package com.partnerportal.support;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.partnerportal.customer.CustomerContact;
import com.partnerportal.customer.Tenants;
import com.partnerportal.delegation.DelegatedAdmins;
import com.partnerportal.notification.MailOutbox;
import com.partnerportal.notification.OutgoingMail;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.PartnerUserView;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.PortalLinks;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The mails about a service request, queued by listening, in the transaction that opens
 * or writes in it, to its events: to every admin of the customer but the one who wrote,
 * and to the partner user who opened it on the customer's behalf unless that user wrote,
 * and only while that user's partner may still act in the tenant (a removed partner hears
 * nothing more).
 */
@Component
class ServiceRequestMails {

	static final String OPENED = "service-request-opened";

	static final String REPLIED = "service-request-replied";

	static final String STATE_CHANGED = "service-request-state-changed";

	static final String ACTION = "mail.service-request.action";

	private final ServiceRequestRepository requests;

	private final MailOutbox mailOutbox;

	private final Tenants customerTenants;

	private final Partners partners;

	private final DelegatedAdmins delegatedAdmins;

	private final PortalLinks links;

	private final MessageSource messages;

	ServiceRequestMails(ServiceRequestRepository requests, MailOutbox mailOutbox, Tenants customerTenants,
			Partners partners, DelegatedAdmins delegatedAdmins, PortalLinks links, MessageSource messages) {
		this.requests = requests;
		this.mailOutbox = mailOutbox;
		this.customerTenants = customerTenants;
		this.partners = partners;
		this.delegatedAdmins = delegatedAdmins;
		this.links = links;
		this.messages = messages;
	}

	@EventListener
	void on(ServiceRequestOpened event) {
		send(OPENED, event);
	}

	@EventListener
	void on(ServiceRequestReplied event) {
		send(REPLIED, event);
	}

	@EventListener
	void on(ServiceRequestAnswered event) {
		send(REPLIED, event);
	}

	@EventListener
	void on(ServiceRequestStateChanged event) {
		send(STATE_CHANGED, event);
	}

	private void send(String name, ServiceRequestChange event) {
		// in the transaction of the change: the request is the one just changed
		ServiceRequest request = this.requests.findById(event.requestId()).orElseThrow();
		Author author = new Author(AuthorKind.valueOf(event.actor().kind().name()), event.actor().id(),
				event.authorName(), event.partnerId(), event.actor().name());
		// every admin of the customer but the one who wrote
		List<CustomerContact> admins = this.customerTenants.adminContactsExcept(request.customerId(),
				(author.kind() == AuthorKind.CUSTOMER_ADMIN) ? author.id() : null);
		String customerName = (admins.isEmpty()) ? this.customerTenants.customer(request.customerId()).name()
				: admins.get(0).customerName();
		String link = this.links.absolute("/tenants/" + request.customerId() + "/service-requests/" + request.id());
		for (CustomerContact admin : admins) {
			queue(name, request, author, customerName, admin.email(), admin.locale(), admin.name(), link);
		}
		openingPartnerUser(request).filter((user) -> !user.id().equals(author.id()))
			.ifPresent((user) -> queue(name, request, author, customerName, user.email(), user.locale(),
					user.displayName(), link));
	}

	private Optional<PartnerUserView> openingPartnerUser(ServiceRequest request) {
		if (request.openedByKind() != AuthorKind.PARTNER_USER || request.openedById() == null
				|| !this.delegatedAdmins.holdsActive(request.partnerId(), request.customerId())) {
			return Optional.empty();
		}
		return this.partners.user(request.openedById())
			.filter((user) -> user.roles().contains(PartnerRole.ADMIN_AGENT)
					|| user.roles().contains(PartnerRole.HELPDESK_AGENT));
	}

	private void queue(String name, ServiceRequest request, Author author, String customerName, String recipient,
			Locale locale, String greetingName, String link) {
		String state = this.messages.getMessage("serviceRequest.state." + request.state(), null, locale);
		this.mailOutbox.queue(OutgoingMail.notice(recipient, locale, name,
				List.of(request.reference(), request.title()), greetingName,
				List.of(authorLabel(author, locale), request.reference(), request.title(), customerName, state), ACTION,
				link));
	}

	/**
	 * How a mail names the author: the support team as a team, a partner user with its
	 * partner.
	 */
	private String authorLabel(Author author, Locale locale) {
		return switch (author.kind()) {
			case BACK_OFFICE_ADMIN -> this.messages.getMessage("serviceRequest.author.supportTeam", null, locale);
			case PARTNER_USER -> this.messages.getMessage("serviceRequest.author.withPartner",
					new Object[] { author.name(), partnerName(author.partnerId()) }, locale);
			case CUSTOMER_ADMIN -> author.name();
		};
	}

	private String partnerName(UUID partnerId) {
		return this.partners.names(List.of(partnerId)).getOrDefault(partnerId, "");
	}

}
