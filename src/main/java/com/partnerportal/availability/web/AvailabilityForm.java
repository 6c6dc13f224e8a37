package com.partnerportal.availability.web;

import java.time.LocalDate;

import com.partnerportal.availability.AvailabilityState;
import com.partnerportal.availability.FeatureChange;
import com.partnerportal.availability.FeatureStatus;
import com.partnerportal.availability.PartnerFeature;
import com.partnerportal.platform.CloudInstance;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The back office's edit of one pair of the registry.
 */
record AvailabilityForm(@NotNull(message = "{availability.change.pair.required}") CloudInstance cloudInstance,
		@NotNull(message = "{availability.change.pair.required}") PartnerFeature feature,
		@NotNull(message = "{availability.change.state.required}") AvailabilityState state,
		@Size(max = 500, message = "{availability.change.reason.too-long}") String reasonEn,
		@Size(max = 500, message = "{availability.change.reason.too-long}") String reasonJa,
		@Size(max = 500, message = "{availability.change.reason.too-long}") String reasonKo,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedOn,
		@NotNull(message = "{availability.change.pair.required}") Long version) {

	static AvailabilityForm of(FeatureStatus status) {
		return new AvailabilityForm(status.cloudInstance(), status.feature(), status.state(), status.reasonEn(),
				status.reasonJa(), status.reasonKo(), status.plannedOn(), status.version());
	}

	FeatureChange toChange() {
		return new FeatureChange(this.cloudInstance, this.feature, this.state, this.reasonEn, this.reasonJa,
				this.reasonKo, this.plannedOn, this.version);
	}

}
