package com.partnerportal.support;

import java.time.Instant;

/**
 * A request's first-response SLA: its state now, when the first answer is (or was) due,
 * and when the support team first answered (null before).
 */
public record Sla(SlaState state, Instant dueAt, Instant firstResponseAt) {

}
