package com.partnerportal.onboarding;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.partner.Program;
import com.partnerportal.platform.CloudInstance;

/**
 * An application as the back office reviews it (and as the applicant's change form shows
 * it).
 */
public record ApplicationDetail(UUID id, String legalName, String website, String domain, String country,
		CloudInstance cloudInstance, String contactName, String contactEmail, String language,
		boolean contactOutsideDomain, ApplicationState state, Set<String> serviceCodes, Set<Program> programs,
		Set<ApplicationField> requestedFields, String reviewNote, RejectionReason rejectionReason, Instant reapplyAfter,
		String decidedBy, Instant decidedAt, UUID partnerId, Instant createdAt, Instant submittedAt,
		List<FieldChange> changes) {

	public boolean asked(ApplicationField field) {
		return this.requestedFields.contains(field);
	}

	public boolean asked(String field) {
		return this.requestedFields.stream().anyMatch((asked) -> asked.name().equals(field));
	}

}
