package com.partnerportal.platform;

/**
 * The cloud instance a partner or customer belongs to; partner features are switched per
 * instance.
 */
public enum CloudInstance {

	GLOBAL, CHINA_21VIANET

}
