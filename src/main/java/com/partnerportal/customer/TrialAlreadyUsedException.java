package com.partnerportal.customer;

/**
 * The customer has had (or has) a trial of this offer: a customer gets one trial per
 * offer.
 */
public class TrialAlreadyUsedException extends RuntimeException {

	private final String offerCode;

	public TrialAlreadyUsedException(String offerCode) {
		super("Trial already used: " + offerCode);
		this.offerCode = offerCode;
	}

	public String offerCode() {
		return this.offerCode;
	}

}
