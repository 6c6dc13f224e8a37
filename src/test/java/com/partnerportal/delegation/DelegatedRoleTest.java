package com.partnerportal.delegation;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DelegatedRoleTest {

	@Test
	void anAreaRoleLetsThePartnerLookAndChangeInItsAreaOnly() {
		assertThat(DelegatedRole.MAILBOXES.grants(TenantAction.MAILBOXES, true)).isTrue();
		assertThat(DelegatedRole.MAILBOXES.grants(TenantAction.MAILBOXES, false)).isTrue();
		assertThat(DelegatedRole.MAILBOXES.grants(TenantAction.USERS, false)).isFalse();
		assertThat(DelegatedRole.USERS_AND_LICENSES.grants(TenantAction.GROUPS, true)).isFalse();
	}

	@Test
	void readOnlyLetsThePartnerLookEverywhereAndChangeNothing() {
		for (TenantAction area : TenantAction.values()) {
			assertThat(DelegatedRole.READ_ONLY.grants(area, false)).isTrue();
			assertThat(DelegatedRole.READ_ONLY.grants(area, true)).isFalse();
		}
	}

	@Test
	void theRoleOfTheAreaIsNamedBeforeReadOnly() {
		Set<DelegatedRole> roles = EnumSet.of(DelegatedRole.READ_ONLY, DelegatedRole.GROUPS);
		assertThat(DelegatedRole.granting(roles, TenantAction.GROUPS, false)).isEqualTo(DelegatedRole.GROUPS);
		assertThat(DelegatedRole.granting(roles, TenantAction.USERS, false)).isEqualTo(DelegatedRole.READ_ONLY);
		assertThat(DelegatedRole.granting(roles, TenantAction.USERS, true)).isNull();
		assertThat(DelegatedRole.granting(Set.of(), TenantAction.USERS, false)).isNull();
	}

	@Test
	void rolesAreStoredAsNamesInDeclarationOrder() {
		DelegatedRolesConverter converter = new DelegatedRolesConverter();
		assertThat(converter.convertToDatabaseColumn(EnumSet.of(DelegatedRole.READ_ONLY, DelegatedRole.GROUPS)))
			.isEqualTo("GROUPS,READ_ONLY");
		assertThat(converter.convertToEntityAttribute("GROUPS,READ_ONLY"))
			.containsExactlyInAnyOrder(DelegatedRole.GROUPS, DelegatedRole.READ_ONLY);
		assertThat(converter.convertToEntityAttribute("")).isEmpty();
	}

}
