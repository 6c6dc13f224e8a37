package com.partnerportal.account;

import java.util.List;
import java.util.Set;

import com.partnerportal.partner.PartnerUserInvited;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.AccountKind;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A partner user created without a password (invited to a team, or the first admin of an
 * approved partner) gets its set-password link, made and mailed in the transaction that
 * created the user: the token is in no event. The first admin's mail says that the
 * application was approved and what comes next (set a password, then accept the Partner
 * Agreement); a team member's is the plain invitation.
 */
@Component
class TeamInvitationLinks {

	static final String TEAM_MEMBER_MAIL = "account-invitation";

	static final String FIRST_ADMIN_MAIL = "account-partner-approved";

	private final AccountLinks links;

	private final Partners partners;

	TeamInvitationLinks(AccountLinks links, Partners partners) {
		this.links = links;
		this.partners = partners;
	}

	@EventListener
	void on(PartnerUserInvited event) {
		if (event.firstAdmin()) {
			String partnerName = this.partners.names(Set.of(event.partnerId())).get(event.partnerId());
			this.links.mailSetPasswordLink(AccountKind.PARTNER_USER, event.userId(), FIRST_ADMIN_MAIL,
					List.of(partnerName));
		}
		else {
			this.links.mailSetPasswordLink(AccountKind.PARTNER_USER, event.userId(), TEAM_MEMBER_MAIL);
		}
	}

}
