package com.partnerportal.delegation;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.partnerportal.platform.ActivityEvent;
import com.partnerportal.platform.Actor;

/**
 * A partner proposed to change its delegated-admin relationship with a customer: roles
 * added or removed, an extension in days (null for none). The customer accepts or refuses
 * it.
 */
public record DelegatedAdminAmendmentProposed(UUID amendmentId, UUID relationshipId, UUID customerId, UUID partnerId,
		String partnerName, Set<DelegatedRole> rolesAdded, Set<DelegatedRole> rolesRemoved, Integer extensionDays,
		Actor actor, Instant occurredAt) implements ActivityEvent {

	@Override
	public String action() {
		return "DELEGATED_ADMIN_AMENDMENT_PROPOSED";
	}

	@Override
	public UUID subjectId() {
		return this.relationshipId;
	}

	@Override
	public String detail() {
		return this.partnerName;
	}

	/**
	 * Role names in declaration order, comma separated (for the activity log).
	 */
	static String names(Set<DelegatedRole> roles) {
		return roles.isEmpty() ? "" : EnumSet.copyOf(roles).stream().map(Enum::name).collect(Collectors.joining(", "));
	}

}
