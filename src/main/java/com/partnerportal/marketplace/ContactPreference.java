package com.partnerportal.marketplace;

/**
 * How a listing's partner prefers to be contacted after a contact request.
 */
public enum ContactPreference {

	EMAIL, PHONE, VIDEO_CALL, ON_SITE

}
