package com.partnerportal.partner;

import java.time.Instant;
import java.util.UUID;

/**
 * A published version in the back office's list, with how many partners accepted it.
 */
public record AgreementVersionSummary(UUID id, String label, Instant publishedAt, int gracePeriodDays,
		String publishedBy, long acceptances) {

}
