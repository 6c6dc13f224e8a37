package com.partnerportal.catalog;

/**
 * How long a trial of an offer runs and for how many licenses.
 */
public record TrialTerms(int days, int licenseCount) {

}
