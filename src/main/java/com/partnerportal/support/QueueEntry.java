package com.partnerportal.support;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.CloudInstance;

/**
 * A service request as the back-office queue shows it: the customer, the SLA and the
 * assignee, and the version a change from the page is decided on.
 */
public record QueueEntry(UUID id, long number, String title, UUID customerId, String customerName,
		CloudInstance cloudInstance, ServiceRequestCategory category, ServiceRequestSeverity severity,
		ServiceRequestState state, AuthorKind openedByKind, String partnerName, Instant openedAt, Instant updatedAt,
		Sla sla, UUID assigneeId, String assigneeName, long version) {

	public String reference() {
		return ServiceRequestView.reference(this.number);
	}

}
