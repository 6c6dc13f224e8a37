package com.partnerportal.partner;

/**
 * What the partner module's events share.
 */
final class PartnerEvents {

	/** The activity log keeps at most this much detail. */
	static final int MAX_DETAIL = 500;

	private PartnerEvents() {
	}

	static String detail(String text) {
		return (text.length() <= MAX_DETAIL) ? text : text.substring(0, MAX_DETAIL - 1) + "…";
	}

}
