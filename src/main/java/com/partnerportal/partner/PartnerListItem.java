package com.partnerportal.partner;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.partnerportal.platform.CloudInstance;

/**
 * One partner in the back office's list; {@code domain} is its company domain, when
 * known.
 */
public record PartnerListItem(UUID id, String name, String domain, CloudInstance cloudInstance, Standing standing,
		String agreementVersion, Instant agreementSignedAt, List<Program> programs, Instant createdAt) {

}
