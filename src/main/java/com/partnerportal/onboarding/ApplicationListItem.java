package com.partnerportal.onboarding;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.CloudInstance;

/**
 * One line of the back office's list of applications.
 */
public record ApplicationListItem(UUID id, String legalName, String domain, CloudInstance cloudInstance,
		String contactEmail, boolean contactOutsideDomain, ApplicationState state, Instant createdAt,
		Instant submittedAt) {

}
