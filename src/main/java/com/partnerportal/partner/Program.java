package com.partnerportal.partner;

/**
 * The programs a partner can be enrolled in; each lets it request delegated admin.
 */
public enum Program {

	CLOUD_ESSENTIALS, CLOUD_ACCELERATE, CLOUD_DEPLOYMENT

}
