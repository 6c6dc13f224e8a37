package com.partnerportal.partner;

import java.util.List;
import java.util.UUID;

/**
 * A partner's user in the back office: who, with which roles.
 */
public record PartnerUserLine(UUID id, String email, String displayName, String language, boolean enabled,
		List<PartnerRole> roles) {

}
