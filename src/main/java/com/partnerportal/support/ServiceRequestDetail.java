package com.partnerportal.support;

import java.util.List;

/**
 * A service request with its conversation, oldest message first.
 */
public record ServiceRequestDetail(ServiceRequestView request, List<ServiceRequestReplyView> replies) {

	public ServiceRequestDetail {
		replies = List.copyOf(replies);
	}

}
