package com.partnerportal.partner;

import java.time.Clock;
import java.util.UUID;

import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.ForbiddenException;
import com.partnerportal.platform.NotFoundException;
import com.partnerportal.platform.PortalUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partner's company profile: read by its users, changed by its partner admins
 * (audited). Until first changed, it shows the partner's name.
 */
@Service
@Transactional(readOnly = true)
public class PartnerProfiles {

	private final PartnerProfileRepository profiles;

	private final PartnerRepository partners;

	private final Clock clock;

	PartnerProfiles(PartnerProfileRepository profiles, PartnerRepository partners, Clock clock) {
		this.profiles = profiles;
		this.partners = partners;
		this.clock = clock;
	}

	public ProfileChange profile(PortalUser user) {
		UUID partnerId = partnerOf(user, false);
		return this.profiles.findById(partnerId).map(PartnerProfile::toView).orElseGet(() -> {
			String name = this.partners.findById(partnerId)
				.map(Partner::name)
				.orElseThrow(() -> new NotFoundException("partner"));
			return new ProfileChange(name, null, null, null, null);
		});
	}

	@Transactional
	public void change(PortalUser admin, ProfileChange change) {
		UUID partnerId = partnerOf(admin, true);
		PartnerProfile profile = this.profiles.findById(partnerId).orElseGet(() -> {
			String name = this.partners.findById(partnerId)
				.map(Partner::name)
				.orElseThrow(() -> new NotFoundException("partner"));
			return new PartnerProfile(partnerId, name, this.clock.instant());
		});
		profile.change(change, Actor.of(admin), this.clock.instant());
		this.profiles.save(profile);
	}

	private static UUID partnerOf(PortalUser user, boolean adminOnly) {
		if (user == null || user.kind() != AccountKind.PARTNER_USER
				|| (adminOnly && !user.hasRole(PartnerRole.PARTNER_ADMIN.name()))) {
			throw new ForbiddenException("partner.team.adminRequired");
		}
		return user.organizationId();
	}

}
