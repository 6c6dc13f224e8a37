package com.partnerportal.account;

import com.partnerportal.partner.PartnerUserInvited;
import com.partnerportal.platform.AccountKind;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A partner user created without a password (invited to a team, or the first admin of an
 * approved partner) gets its set-password link, made and mailed in the transaction that
 * created the user: the token is in no event.
 */
@Component
class TeamInvitationLinks {

	private final AccountLinks links;

	TeamInvitationLinks(AccountLinks links) {
		this.links = links;
	}

	@EventListener
	void on(PartnerUserInvited event) {
		this.links.mailSetPasswordLink(AccountKind.PARTNER_USER, event.userId(), "account-invitation");
	}

}
