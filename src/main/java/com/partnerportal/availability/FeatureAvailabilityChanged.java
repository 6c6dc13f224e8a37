package com.partnerportal.availability;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.partnerportal.platform.ActivityEvent;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.CloudInstance;

/**
 * The back office changed a feature's availability in a cloud instance.
 *
 * @param actor who changed it
 * @param entryId the registry row
 * @param cloudInstance the cloud instance
 * @param feature the feature
 * @param previous the state before
 * @param state the state now
 * @param plannedOn the planned date (only when planned)
 * @param occurredAt when
 */
public record FeatureAvailabilityChanged(Actor actor, UUID entryId, CloudInstance cloudInstance, PartnerFeature feature,
		AvailabilityState previous, AvailabilityState state, LocalDate plannedOn,
		Instant occurredAt) implements ActivityEvent {

	@Override
	public String action() {
		return "FEATURE_AVAILABILITY_CHANGED";
	}

	@Override
	public UUID partnerId() {
		return null;
	}

	@Override
	public UUID customerId() {
		return null;
	}

	@Override
	public UUID subjectId() {
		return this.entryId;
	}

	@Override
	public String detail() {
		return this.cloudInstance + " " + this.feature + ": " + this.previous + " -> " + this.state
				+ ((this.plannedOn != null) ? " (" + this.plannedOn + ")" : "");
	}

}
