package com.partnerportal.delegation;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a console access allows, area by area, written out by hand.
 */
class ConsoleAccessTest {

	private static final Set<TenantAction> EVERY_AREA = EnumSet.allOf(TenantAction.class);

	@Test
	void readOnlyLooksEverywhereAndChangesNothing() {
		ConsoleAccess access = new ConsoleAccess(false, Set.of(DelegatedRole.READ_ONLY), EVERY_AREA);
		for (TenantAction area : TenantAction.values()) {
			assertThat(access.mayLook(area)).as(area.name()).isTrue();
			assertThat(access.mayChange(area)).as(area.name()).isFalse();
		}
		assertThat(access.grant(TenantAction.GROUPS, false).role()).isEqualTo(DelegatedRole.READ_ONLY);
		assertThat(access.firstArea()).isEqualTo(TenantAction.USERS);
	}

	@Test
	void anAreasRoleIsPreferredOverReadOnlyAndAllowsOnlyItsArea() {
		ConsoleAccess access = new ConsoleAccess(false, Set.of(DelegatedRole.READ_ONLY, DelegatedRole.MAILBOXES),
				EVERY_AREA);
		assertThat(access.grant(TenantAction.MAILBOXES, false).role()).isEqualTo(DelegatedRole.MAILBOXES);
		assertThat(access.grant(TenantAction.MAILBOXES, true).role()).isEqualTo(DelegatedRole.MAILBOXES);
		assertThat(access.grant(TenantAction.USERS, true)).isNull();
		assertThat(access.grant(TenantAction.USERS, false).role()).isEqualTo(DelegatedRole.READ_ONLY);
	}

	@Test
	void theAgentsOwnRolesBoundTheAreas() {
		ConsoleAccess helpdesk = new ConsoleAccess(false, DelegatedRole.all(), Set.of(TenantAction.SERVICE_REQUESTS));
		assertThat(helpdesk.mayChange(TenantAction.SERVICE_REQUESTS)).isTrue();
		assertThat(helpdesk.mayLook(TenantAction.USERS)).isFalse();
		assertThat(helpdesk.firstArea()).isEqualTo(TenantAction.SERVICE_REQUESTS);
		ConsoleAccess groupsOnly = new ConsoleAccess(false, Set.of(DelegatedRole.GROUPS),
				Set.of(TenantAction.SERVICE_REQUESTS));
		assertThat(groupsOnly.firstArea()).isNull();
	}

	@Test
	void theCustomersAdminDoesEverythingInItsOwnName() {
		for (TenantAction area : TenantAction.values()) {
			assertThat(ConsoleAccess.CUSTOMER_ADMIN.grant(area, true)).isEqualTo(TenantAccess.Grant.CUSTOMER);
		}
		assertThat(ConsoleAccess.CUSTOMER_ADMIN.onBehalf()).isFalse();
		assertThat(ConsoleAccess.NONE.firstArea()).isNull();
	}

}
