package com.partnerportal.tenantadmin;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a data migration stands. The tenant requests it and may cancel it until the back
 * office schedules it; the back office moves it on from there.
 */
public enum MigrationState {

	REQUESTED, SCHEDULED, IN_PROGRESS, COMPLETED, FAILED, CANCELLED;

	/**
	 * The states this one may move to; none from an ended migration.
	 */
	public Set<MigrationState> next() {
		return switch (this) {
			case REQUESTED -> EnumSet.of(SCHEDULED, FAILED, CANCELLED);
			case SCHEDULED -> EnumSet.of(IN_PROGRESS, FAILED);
			case IN_PROGRESS -> EnumSet.of(COMPLETED, FAILED);
			case COMPLETED, FAILED, CANCELLED -> EnumSet.noneOf(MigrationState.class);
		};
	}

	/**
	 * The states the back office may move a migration in this state to: on, or to failed;
	 * cancelling is the tenant's.
	 */
	public Set<MigrationState> nextByBackOffice() {
		Set<MigrationState> next = EnumSet.noneOf(MigrationState.class);
		next.addAll(next());
		next.remove(CANCELLED);
		return next;
	}

	public boolean canMoveTo(MigrationState state) {
		return next().contains(state);
	}

	public boolean hasEnded() {
		return next().isEmpty();
	}

}
