package com.partnerportal.marketplace;

/**
 * The languages a listing's partner speaks with its customers.
 */
public enum SpokenLanguage {

	ENGLISH, JAPANESE, KOREAN, CHINESE, GERMAN, FRENCH, SPANISH

}
