package com.partnerportal.tenantadmin;

import java.util.UUID;

/**
 * A mailbox to set up for a user: the local part of its address in the tenant's domain
 * and its size in GB.
 */
public record NewMailbox(UUID userId, String localPart, int sizeGb) {

}
