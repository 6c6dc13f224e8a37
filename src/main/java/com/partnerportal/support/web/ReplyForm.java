package com.partnerportal.support.web;

import com.partnerportal.support.NewServiceRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The reply form under a service request's conversation.
 */
public record ReplyForm(@NotBlank(message = "{validation.required}") @Size(max = NewServiceRequest.MAX_TEXT,
		message = "{validation.too-long}") String body) {

	static ReplyForm empty() {
		return new ReplyForm(null);
	}

}
