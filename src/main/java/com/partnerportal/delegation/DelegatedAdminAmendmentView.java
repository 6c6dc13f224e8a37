package com.partnerportal.delegation;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An amendment as pages show it: the roles it adds and removes and the extension in days
 * ({@code null} for none); for an open one the roles held now and after
 * ({@code rolesNow}, {@code rolesAfter}, else {@code null}); the end date before and
 * after ({@code null}: no end date).
 */
public record DelegatedAdminAmendmentView(UUID id, UUID relationshipId, UUID customerId, UUID partnerId,
		String partnerName, AmendmentState state, Set<DelegatedRole> rolesAdded, Set<DelegatedRole> rolesRemoved,
		Integer extensionDays, Instant proposedAt, String proposedByName, Instant decidedAt, String decidedByName,
		Set<DelegatedRole> rolesNow, Set<DelegatedRole> rolesAfter, Instant endsAtBefore, Instant endsAtAfter) {

	public boolean isOpen() {
		return this.state == AmendmentState.PROPOSED;
	}

	public List<DelegatedRole> addedInOrder() {
		return inOrder(this.rolesAdded);
	}

	public List<DelegatedRole> removedInOrder() {
		return inOrder(this.rolesRemoved);
	}

	public List<DelegatedRole> afterInOrder() {
		return inOrder(this.rolesAfter);
	}

	private static List<DelegatedRole> inOrder(Set<DelegatedRole> roles) {
		return (roles == null || roles.isEmpty()) ? List.of() : List.copyOf(EnumSet.copyOf(roles));
	}

}
