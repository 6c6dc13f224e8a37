package com.partnerportal.leads;

/**
 * Where a contact request stands. A visitor's waits {@code UNVERIFIED} until its email is
 * confirmed; the partner sees it from {@code OPEN} on.
 */
public enum LeadState {

	UNVERIFIED, OPEN, ACCEPTED, DECLINED, EXPIRED;

	/** Shown in the partner's inbox: received by the partner. */
	public boolean isReceived() {
		return this != UNVERIFIED;
	}

}
