package com.partnerportal.support;

import java.util.List;

/**
 * A service request as its back-office page shows it: the queue's entry, what the
 * customer wrote, the conversation (oldest first), and the states the support team may
 * move it to now.
 */
public record QueueDetail(QueueEntry request, String description, String openedByName,
		List<ServiceRequestReplyView> replies, List<ServiceRequestState> nextStates) {

	public QueueDetail {
		replies = List.copyOf(replies);
		nextStates = List.copyOf(nextStates);
	}

	public boolean isClosed() {
		return this.request.state().isClosed();
	}

}
