package com.partnerportal.tenantadmin.web;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.tenantadmin.LocalPart;
import com.partnerportal.tenantadmin.NewTenantUser;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The new-user form: a display name, a user name (the local part of the address, taken in
 * lower case) and the subscriptions to assign a license of.
 */
public record TenantUserForm(
		@NotBlank(message = "{tenant.validation.required}") @Size(max = NewTenantUser.MAX_DISPLAY_NAME,
				message = "{tenant.validation.too-long}") String displayName,
		@NotNull(message = "{tenant.validation.required}") @Pattern(regexp = LocalPart.REGEXP,
				message = "{tenant.user.userName.invalid}") String userName,
		List<UUID> subscriptionIds) {

	public TenantUserForm {
		userName = (userName == null || userName.isBlank()) ? null : userName.strip().toLowerCase(Locale.ROOT);
		subscriptionIds = (subscriptionIds != null)
				? subscriptionIds.stream().filter(Objects::nonNull).distinct().toList() : List.of();
	}

	static TenantUserForm empty() {
		return new TenantUserForm(null, null, List.of());
	}

	NewTenantUser toCommand() {
		return new NewTenantUser(this.displayName, this.userName, Set.copyOf(this.subscriptionIds));
	}

}
