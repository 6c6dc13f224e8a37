package com.partnerportal.tenantadmin;

import java.time.Instant;
import java.util.UUID;

/**
 * A mailbox as pages show it, with the name of its user.
 */
public record MailboxView(UUID id, UUID userId, String userDisplayName, String address, int sizeGb, Instant createdAt) {

}
