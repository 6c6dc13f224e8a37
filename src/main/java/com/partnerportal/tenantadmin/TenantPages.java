package com.partnerportal.tenantadmin;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * The console's lists keep their own order (their queries name it): of a requested page
 * only its number and size count, so a {@code sort} sent by the client never reaches a
 * query.
 */
final class TenantPages {

	private TenantPages() {
	}

	static Pageable unsorted(Pageable requested) {
		return PageRequest.of(requested.getPageNumber(), requested.getPageSize());
	}

}
