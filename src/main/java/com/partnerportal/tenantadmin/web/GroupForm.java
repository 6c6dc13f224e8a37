package com.partnerportal.tenantadmin.web;

import com.partnerportal.tenantadmin.TenantGroups;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The new-group form.
 */
public record GroupForm(@NotBlank(message = "{tenant.validation.required}") @Size(max = TenantGroups.MAX_NAME,
		message = "{tenant.validation.too-long}") String name) {

}
