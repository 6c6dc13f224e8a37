package com.partnerportal.marketplace;

/**
 * A partner's badges, computed from the portal's records (never typed by the partner).
 *
 * @param customersServed customers it invited, sold to or administers
 * @param activeDelegatedAdmins its active delegated-admin relationships
 * @param answeredLeads contact requests it answered
 * @param medianResponseMinutes the median time it took to answer a contact request (null:
 * none answered yet)
 * @param trialsStarted trials its customers started
 * @param trialsConverted those that became purchases
 */
public record PartnerBadgeFigures(int customersServed, int activeDelegatedAdmins, int answeredLeads,
		Integer medianResponseMinutes, int trialsStarted, int trialsConverted) {

	public static final PartnerBadgeFigures NONE = new PartnerBadgeFigures(0, 0, 0, null, 0, 0);

	/** The share of trials converted to purchases, in percent (null: no trial yet). */
	public Integer conversionPercent() {
		// whole percent, rounded half up, in integers
		return (this.trialsStarted > 0) ? (200 * this.trialsConverted + this.trialsStarted) / (2 * this.trialsStarted)
				: null;
	}

	/** The median answer time in whole hours, rounded up (null: none answered yet). */
	public Integer medianResponseHours() {
		return (this.medianResponseMinutes != null) ? (this.medianResponseMinutes + 59) / 60 : null;
	}

}
