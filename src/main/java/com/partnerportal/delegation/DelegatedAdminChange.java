package com.partnerportal.delegation;

import java.util.UUID;

import com.partnerportal.platform.ActivityEvent;

/**
 * What every fact of a delegated-admin relationship tells: which relationship, between
 * which customer and partner. Ids and names only.
 */
public sealed interface DelegatedAdminChange extends ActivityEvent
		permits DelegatedAdminApproved, DelegatedAdminReplaced, DelegatedAdminRemoved, DelegatedAdminEndedByOperator,
		DelegatedAdminExpired, DelegatedAdminExtended {

	UUID relationshipId();

	String customerName();

	String partnerName();

	@Override
	default UUID subjectId() {
		return relationshipId();
	}

	@Override
	default String detail() {
		return partnerName();
	}

}
