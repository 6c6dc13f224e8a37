package com.partnerportal.audit;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.Actor;

/**
 * An activity-log line as pages show it; {@code action} is shown through the message
 * {@code activity.<action>}; {@code delegatedRole} is the name of the delegated role a
 * partner acted by in the customer's tenant (null for anything else, and for entries
 * older than roles), shown through {@code access.role.<role>}.
 */
public record ActivityEntry(UUID id, Instant occurredAt, Actor.Kind actorKind, String actorName, UUID partnerId,
		UUID customerId, String action, UUID subjectId, String detail, String delegatedRole) {

}
