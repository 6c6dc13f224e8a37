package com.partnerportal.marketplace;

import com.partnerportal.partner.PartnerView;

/**
 * A listing on the back office's review page: its status and its partner (standing,
 * authorized services).
 */
public record ListingReview(ListingStatus listing, PartnerView partner) {

}
