package com.partnerportal.audit;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.Actor;

/**
 * An activity-log line as pages show it; {@code action} is shown through the message
 * {@code activity.<action>}.
 */
public record ActivityEntry(UUID id, Instant occurredAt, Actor.Kind actorKind, String actorName, UUID partnerId,
		UUID customerId, String action, UUID subjectId, String detail) {

}
