package com.partnerportal.delegation;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a delegated-admin request asks for, or what a customer approves of it: the
 * {@link DelegatedRole roles}, the duration in days ({@code null}: no end date, only for
 * requests sent before roles existed) and whether the relationship extends itself by
 * {@link #AUTO_EXTENSION_DAYS} at its end. Built from whatever was entered;
 * {@link #problem()} says what is wrong with it.
 */
public record DelegationTerms(Set<DelegatedRole> roles, Integer days, boolean autoExtend) {

	/** The shortest duration a partner may ask for. */
	public static final int MIN_DAYS = 1;

	/** The longest duration a partner may ask for (two years). */
	public static final int MAX_DAYS = 730;

	/** How long each automatic extension lasts. */
	public static final int AUTO_EXTENSION_DAYS = 180;

	/** The durations the request forms offer first. */
	public static final List<Integer> PRESET_DAYS = List.of(30, 90, 180, 365, 730);

	/** The duration the request forms start with. */
	public static final int DEFAULT_DAYS = 90;

	public DelegationTerms {
		roles = (roles == null || roles.isEmpty()) ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
	}

	/**
	 * The terms of a request made before roles existed (and of code that asks for
	 * delegated admin without naming terms): every role, no end date.
	 */
	public static DelegationTerms everyRoleWithoutEnd() {
		return new DelegationTerms(DelegatedRole.all(), null, false);
	}

	/**
	 * The terms code asks for when it names none (tests, demo data): every role for a
	 * year, without auto-extension.
	 */
	public static DelegationTerms standard() {
		return new DelegationTerms(DelegatedRole.all(), 365, false);
	}

	/**
	 * Whether these roles together let the partner change every area of the tenant: a
	 * relationship that may do everything does not extend itself.
	 */
	public static boolean coversEveryArea(Set<DelegatedRole> roles) {
		for (TenantAction action : TenantAction.values()) {
			if (DelegatedRole.granting(roles, action, true) == null) {
				return false;
			}
		}
		return true;
	}

	/**
	 * What is wrong with these terms as a request, or {@code null} if nothing is.
	 */
	public Problem problem() {
		if (this.roles.isEmpty()) {
			return Problem.NO_ROLES;
		}
		if (this.days == null || this.days < MIN_DAYS || this.days > MAX_DAYS) {
			return Problem.DAYS_OUT_OF_RANGE;
		}
		if (this.autoExtend && coversEveryArea(this.roles)) {
			return Problem.AUTO_EXTEND_WITH_EVERY_ROLE;
		}
		return null;
	}

	/**
	 * When a relationship approved at {@code approvedAt} on these terms ends;
	 * {@code null} without a duration.
	 */
	public Instant endsAt(Instant approvedAt) {
		return (this.days != null) ? approvedAt.plus(Duration.ofDays(this.days)) : null;
	}

	/**
	 * These terms with only the approved roles (those not requested are ignored here: the
	 * caller refuses them).
	 */
	public DelegationTerms approving(Set<DelegatedRole> approved) {
		Set<DelegatedRole> kept = EnumSet.noneOf(DelegatedRole.class);
		approved.stream().filter(this.roles::contains).forEach(kept::add);
		return new DelegationTerms(kept, this.days, this.autoExtend);
	}

	/**
	 * The roles in the order the pages list them.
	 */
	public List<DelegatedRole> rolesInOrder() {
		return this.roles.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(this.roles));
	}

	/**
	 * What can be wrong with the terms of a request.
	 */
	public enum Problem {

		/** No role was chosen. */
		NO_ROLES,
		/** No duration, or one outside 1 day to 2 years. */
		DAYS_OUT_OF_RANGE,
		/** Auto-extension together with roles that cover every area. */
		AUTO_EXTEND_WITH_EVERY_ROLE

	}

}
