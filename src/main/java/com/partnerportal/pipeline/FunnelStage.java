package com.partnerportal.pipeline;

/**
 * The steps of the funnel, in order. Every count is of the trial invitations and purchase
 * offers <em>sent</em> in the period (the cohort), each counted once at every step it
 * reached, whenever it reached it:
 * <ul>
 * <li>{@link #SENT}: sent in the period;</li>
 * <li>{@link #OPENED}: its link was opened (or it was answered, which opens it);</li>
 * <li>{@link #ACCEPTED}: the customer accepted it (a new customer's tenant was
 * created);</li>
 * <li>{@link #DELEGATED_ADMIN_APPROVED}: accepted, and the customer approved the partner
 * as its delegated admin on or after the day it was sent;</li>
 * <li>{@link #TRIAL_CONVERTED}: an accepted trial invitation whose customer later
 * accepted a purchase offer of the same partner;</li>
 * <li>{@link #PURCHASE_ACCEPTED}: it ended in a purchase: an accepted purchase offer, or
 * a converted trial.</li>
 * </ul>
 * The conversion of a step is its count over the count of its {@link #base()}; the median
 * time of a step is from its base's moment to its own (for {@link #PURCHASE_ACCEPTED}:
 * from sending to the purchase, the whole sales cycle).
 */
public enum FunnelStage {

	SENT, OPENED, ACCEPTED, DELEGATED_ADMIN_APPROVED, TRIAL_CONVERTED, PURCHASE_ACCEPTED;

	/**
	 * The step this one's conversion is counted from; null for {@link #SENT}. Steps after
	 * acceptance are each counted from the accepted ones (trial conversions from the
	 * accepted trials): they do not follow one another.
	 */
	public FunnelStage base() {
		return switch (this) {
			case SENT -> null;
			case OPENED -> SENT;
			case ACCEPTED -> OPENED;
			case DELEGATED_ADMIN_APPROVED, TRIAL_CONVERTED, PURCHASE_ACCEPTED -> ACCEPTED;
		};
	}

}
