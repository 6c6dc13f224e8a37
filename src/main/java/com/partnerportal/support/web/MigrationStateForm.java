package com.partnerportal.support.web;

import com.partnerportal.tenantadmin.MigrationState;
import jakarta.validation.constraints.NotNull;

/**
 * The state the back office moves a data migration to, and the version of the migration
 * the page showed.
 */
record MigrationStateForm(@NotNull(message = "{support.migration.state.required}") MigrationState state,
		@NotNull(message = "{support.form.version.required}") Long version) {

}
