package com.partnerportal.support;

import java.util.UUID;

import com.partnerportal.delegation.DelegatedRole;
import com.partnerportal.platform.ActivityEvent;

/**
 * What every fact of a service request tells: which request (its reference and title), of
 * which customer, where it stands now, and who acted ({@code authorName} as the
 * conversation shows it; {@code partnerId} the partner of a partner user who acted on the
 * customer's behalf). Raised by {@code ServiceRequest}; ids and names only.
 */
public sealed interface ServiceRequestChange extends ActivityEvent permits ServiceRequestOpened, ServiceRequestReplied,
		ServiceRequestAnswered, ServiceRequestClosed, ServiceRequestAssigned, ServiceRequestStateChanged {

	UUID requestId();

	String reference();

	String title();

	ServiceRequestState state();

	String authorName();

	@Override
	default UUID subjectId() {
		return requestId();
	}

	@Override
	default String detail() {
		return reference() + " " + title();
	}

	/**
	 * The delegated role a partner acted by; {@code null} when the customer's own admin
	 * (or the back office) acted.
	 */
	DelegatedRole role();

	@Override
	default String delegatedRole() {
		return (role() != null) ? role().name() : null;
	}

}
