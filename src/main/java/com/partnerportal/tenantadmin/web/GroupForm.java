package com.partnerportal.tenantadmin.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The new-group form.
 */
public record GroupForm(@NotBlank(message = "{tenant.validation.required}") @Size(max = 100,
		message = "{tenant.validation.too-long}") String name) {

}
