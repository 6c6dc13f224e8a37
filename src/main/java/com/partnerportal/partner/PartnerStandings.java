package com.partnerportal.partner;

import java.time.Clock;
import java.util.UUID;

import com.partnerportal.platform.Actor;
import com.partnerportal.platform.ConflictException;
import com.partnerportal.platform.NotFoundException;
import com.partnerportal.platform.PortalUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The back office grades a partner's standing (sales frozen, hidden, suspended) and
 * reinstates it, always with a reason; a partner is never deleted. The partner's admins
 * are mailed, and, for a suspension, the customers it administers (by the listeners of
 * {@link PartnerStandingChanged}).
 */
@Service
public class PartnerStandings {

	private final PartnerRepository partners;

	private final Clock clock;

	PartnerStandings(PartnerRepository partners, Clock clock) {
		this.partners = partners;
		this.clock = clock;
	}

	/**
	 * Moves the partner to {@code to} (ACTIVE reinstates it), for a reason.
	 * @throws ConflictException if the partner has that standing already, or the reason
	 * is missing
	 */
	@Transactional
	public void change(PortalUser admin, UUID partnerId, Standing to, String reason) {
		Partner partner = this.partners.findForUpdate(partnerId).orElseThrow(() -> new NotFoundException("partner"));
		try {
			partner.changeStanding(to, reason, Actor.of(admin), this.clock.instant());
		}
		catch (IllegalPartnerChangeException ex) {
			throw new ConflictException(ex.messageKey());
		}
		this.partners.save(partner);
	}

}
