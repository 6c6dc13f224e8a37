package com.partnerportal.leads;

import java.time.Clock;

import com.partnerportal.invitation.TrialInvitationSent;
import com.partnerportal.platform.ConflictException;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Links a trial invitation sent for a contact request to that request, in the transaction
 * that sends it: a request of another partner, not accepted, or answered with an
 * invitation already refuses the invitation (nothing is sent).
 */
@Component
class LeadInvitations {

	static final String UNKNOWN_LEAD = "leads.error.unknownLead";

	private final LeadRepository leads;

	private final Clock clock;

	LeadInvitations(LeadRepository leads, Clock clock) {
		this.leads = leads;
		this.clock = clock;
	}

	@EventListener
	void on(TrialInvitationSent event) {
		if (event.leadId() == null) {
			return;
		}
		Lead lead = this.leads.lockByIdAndPartnerId(event.leadId(), event.partnerId())
			.filter((found) -> found.state().isReceived())
			.orElseThrow(() -> new ConflictException(UNKNOWN_LEAD));
		lead.invitationSent(event.invitationId(), this.clock.instant());
		this.leads.save(lead);
	}

}
