package com.partnerportal.tenantadmin.web;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.tenantadmin.NewTenantUser;
import com.partnerportal.tenantadmin.TenantUserChange;
import com.partnerportal.tenantadmin.TenantUserView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The edit-user form: the display name and the licenses (the user name stays).
 */
public record TenantUserEditForm(
		@NotBlank(message = "{tenant.validation.required}") @Size(max = NewTenantUser.MAX_DISPLAY_NAME,
				message = "{tenant.validation.too-long}") String displayName,
		List<UUID> subscriptionIds) {

	public TenantUserEditForm {
		subscriptionIds = (subscriptionIds != null)
				? subscriptionIds.stream().filter(Objects::nonNull).distinct().toList() : List.of();
	}

	static TenantUserEditForm of(TenantUserView user) {
		return new TenantUserEditForm(user.displayName(), List.copyOf(user.subscriptionIds()));
	}

	TenantUserChange toCommand() {
		return new TenantUserChange(this.displayName, Set.copyOf(this.subscriptionIds));
	}

}
