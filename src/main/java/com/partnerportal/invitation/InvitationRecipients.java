package com.partnerportal.invitation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.partnerportal.customer.CustomerAccounts;
import com.partnerportal.customer.CustomerContact;
import com.partnerportal.customer.CustomerView;
import com.partnerportal.customer.Tenants;
import com.partnerportal.invitation.InvitationRejectedException.Reason;
import com.partnerportal.platform.web.SupportedLanguages;

import org.springframework.stereotype.Component;

/**
 * Who receives an invitation, and what the partner should know about that address before
 * sending.
 */
@Component
class InvitationRecipients {

	private final InvitationRepository invitations;

	private final Tenants customerTenants;

	private final CustomerAccounts customerAccounts;

	InvitationRecipients(InvitationRepository invitations, Tenants customerTenants, CustomerAccounts customerAccounts) {
		this.invitations = invitations;
		this.customerTenants = customerTenants;
		this.customerAccounts = customerAccounts;
	}

	/**
	 * The entered contact for a new customer, or the first admin of one of the partner's
	 * customers (another partner's customer is not found).
	 */
	Recipient recipient(UUID partnerId, UUID customerId, String companyName, String contactName, String email,
			String language) {
		if (customerId == null) {
			if (!SupportedLanguages.isSupported(language)) {
				throw new InvitationRejectedException(Reason.LANGUAGE_UNSUPPORTED);
			}
			return new Recipient(null, companyName.strip(), contactName.strip(), email.strip(), language);
		}
		this.customerTenants.customerOfPartner(customerId, partnerId);
		return recipientOfTenant(customerId);
	}

	/**
	 * The first admin of a tenant, whoever's customer it is (a delegated-admin request by
	 * tenant domain).
	 */
	Recipient recipientOfTenant(UUID customerId) {
		CustomerContact contact = this.customerTenants.contact(customerId);
		return new Recipient(customerId, contact.customerName(), contact.name(), contact.email(),
				contact.locale().getLanguage());
	}

	/**
	 * What the partner should know before inviting a new customer at this email: its own
	 * open invitations to it, its customers with that contact email, and whether another
	 * tenant has it (not named: it may be another partner's customer).
	 */
	RecipientDuplicates duplicatesOf(UUID partnerId, String email, Instant now) {
		if (email == null || email.isBlank()) {
			return RecipientDuplicates.NONE;
		}
		List<InvitationSummary> open = this.invitations.findOpenToNewCustomerEmail(partnerId, email.strip(), now)
			.stream()
			.map((invitation) -> invitation.toSummary(now))
			.toList();
		List<CustomerView> ownCustomers = new ArrayList<>();
		boolean otherTenant = false;
		for (UUID customerId : this.customerAccounts.customersWithContactEmail(email)) {
			Optional<CustomerView> ours = this.customerTenants.findCustomerOfPartner(customerId, partnerId);
			ours.ifPresent(ownCustomers::add);
			otherTenant |= ours.isEmpty();
		}
		return new RecipientDuplicates(open, List.copyOf(ownCustomers), otherTenant);
	}

	/**
	 * Refuses to invite a new customer at an email that already has an open invitation of
	 * this partner or a tenant, unless the partner confirmed it after being told.
	 * @throws RecipientAlreadyKnownException saying what was found
	 */
	void requireNoDuplicateUnlessConfirmed(UUID partnerId, Recipient recipient, boolean confirmed, Instant now) {
		if (recipient.customerId() != null || confirmed) {
			return;
		}
		RecipientDuplicates duplicates = duplicatesOf(partnerId, recipient.email(), now);
		if (!duplicates.isEmpty()) {
			throw new RecipientAlreadyKnownException(duplicates);
		}
	}

}
