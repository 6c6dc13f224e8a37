package com.partnerportal.review;

/**
 * Where a review stands: waiting for moderation, published, or rejected.
 */
public enum ReviewState {

	PENDING, PUBLISHED, REJECTED

}
