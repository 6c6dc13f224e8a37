package com.partnerportal.onboarding;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One field an applicant changed when asked to: the reviewer sees old and new.
 */
@Embeddable
public record FieldChange(@Enumerated(EnumType.STRING) @Column(name = "field") ApplicationField field,
		@Column(name = "old_value") String oldValue, @Column(name = "new_value") String newValue,
		@Column(name = "changed_at") Instant changedAt) {

}
