package com.partnerportal.partner;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * A partner user as other modules see it (e.g. to mail it in its language).
 */
public record PartnerUserView(UUID id, UUID partnerId, String email, String displayName, Locale locale,
		Set<PartnerRole> roles) {

}
