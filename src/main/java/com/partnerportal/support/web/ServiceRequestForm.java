package com.partnerportal.support.web;

import com.partnerportal.support.NewServiceRequest;
import com.partnerportal.support.ServiceRequestCategory;
import com.partnerportal.support.ServiceRequestSeverity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The new-service-request form.
 */
public record ServiceRequestForm(
		@NotBlank(message = "{validation.required}") @Size(max = NewServiceRequest.MAX_TITLE,
				message = "{validation.too-long}") String title,
		@NotBlank(message = "{validation.required}") @Size(max = NewServiceRequest.MAX_TEXT,
				message = "{validation.too-long}") String description,
		@NotNull(message = "{serviceRequest.category.required}") ServiceRequestCategory category,
		@NotNull(message = "{serviceRequest.severity.required}") ServiceRequestSeverity severity) {

	static ServiceRequestForm empty() {
		return new ServiceRequestForm(null, null, null, ServiceRequestSeverity.NORMAL);
	}

	NewServiceRequest toCommand() {
		return new NewServiceRequest(this.title, this.description, this.category, this.severity);
	}

}
