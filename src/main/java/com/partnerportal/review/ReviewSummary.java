package com.partnerportal.review;

import java.math.BigDecimal;
import java.util.List;

/**
 * A partner's published reviews as the marketplace shows them: how many, their average
 * rating (one decimal), and the newest.
 */
public record ReviewSummary(long count, BigDecimal averageRating, List<ReviewView> newest) {

}
