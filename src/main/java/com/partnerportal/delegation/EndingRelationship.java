package com.partnerportal.delegation;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * An active delegated-admin relationship with an end date, as the back office's list of
 * relationships ending soon shows it.
 */
public record EndingRelationship(UUID id, UUID customerId, String customerName, UUID partnerId, String partnerName,
		Instant endsAt, boolean autoExtend, Set<DelegatedRole> roles) {

}
