package com.partnerportal.marketplace;

/**
 * The regions a listing's partner works in.
 */
public enum Region {

	NORTH_AMERICA, LATIN_AMERICA, EUROPE, MIDDLE_EAST_AFRICA, JAPAN, KOREA, GREATER_CHINA, SOUTHEAST_ASIA, OCEANIA

}
