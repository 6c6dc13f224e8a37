package com.partnerportal.customer;

/**
 * A trial to start: an offer, its trial license count and length.
 */
public record TrialStart(String offerCode, int licenseCount, int days) {

}
