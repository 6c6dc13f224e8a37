package com.partnerportal.tenantadmin;

/**
 * Where the mail of a data migration comes from.
 */
public enum SourceSystem {

	IMAP, EXCHANGE_ON_PREMISES, GOOGLE_WORKSPACE, OTHER

}
