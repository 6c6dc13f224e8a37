package com.partnerportal.marketplace;

/**
 * The industries a listing says the partner knows (a fixed vocabulary, so that the search
 * can filter by it and every language names it).
 */
public enum Industry {

	RETAIL, MANUFACTURING, FINANCE, HEALTHCARE, EDUCATION, PUBLIC_SECTOR, PROFESSIONAL_SERVICES, MEDIA, HOSPITALITY,
	NONPROFIT

}
