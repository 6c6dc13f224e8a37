package com.partnerportal.tenantadmin;

import java.util.List;

/**
 * A data migration as the back office handles it: the migration, the version a change
 * from the page is decided on, and the states the back office may move it to.
 */
public record BackOfficeDataMigration(DataMigrationView migration, long version, List<MigrationState> nextStates) {

	public BackOfficeDataMigration {
		nextStates = List.copyOf(nextStates);
	}

}
