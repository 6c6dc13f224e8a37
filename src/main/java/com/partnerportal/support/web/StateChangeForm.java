package com.partnerportal.support.web;

import com.partnerportal.support.ServiceRequestState;
import jakarta.validation.constraints.NotNull;

/**
 * The state the support team moves a request to, and the version of the request the page
 * showed.
 */
record StateChangeForm(@NotNull(message = "{support.state.required}") ServiceRequestState state,
		@NotNull(message = "{support.form.version.required}") Long version) {

	static StateChangeForm of(long version) {
		return new StateChangeForm(null, version);
	}

}
