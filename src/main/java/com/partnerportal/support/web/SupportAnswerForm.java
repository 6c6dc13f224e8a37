package com.partnerportal.support.web;

import com.partnerportal.support.NewServiceRequest;
import com.partnerportal.support.ServiceRequestState;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The support team's answer on a request's back-office page: the text, where the request
 * stands afterwards, and the version of the request the page showed.
 */
record SupportAnswerForm(
		@NotBlank(message = "{validation.required}") @Size(max = NewServiceRequest.MAX_TEXT,
				message = "{validation.too-long}") String body,
		@NotNull(message = "{support.answer.next.required}") ServiceRequestState next,
		@NotNull(message = "{support.form.version.required}") Long version) {

	static SupportAnswerForm of(long version) {
		return new SupportAnswerForm(null, ServiceRequestState.WAITING_FOR_CUSTOMER, version);
	}

}
