package com.partnerportal.availability;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.partnerportal.platform.Actor;
import com.partnerportal.platform.AggregateRoot;
import com.partnerportal.platform.CloudInstance;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One feature in one cloud instance: available, not available (with a reason in every
 * language) or planned (with a date in the future and a reason). It guards its own
 * changes and raises {@link FeatureAvailabilityChanged}.
 */
@Entity
@Table(name = "feature_availability")
class FeatureAvailabilityEntry extends AggregateRoot<FeatureAvailabilityEntry> {

	static final int MAX_REASON = 500;

	@Id
	private UUID id;

	@Enumerated(EnumType.STRING)
	private CloudInstance cloudInstance;

	@Enumerated(EnumType.STRING)
	private PartnerFeature feature;

	@Enumerated(EnumType.STRING)
	private AvailabilityState state;

	private String reasonEn;

	private String reasonJa;

	private String reasonKo;

	private LocalDate plannedOn;

	private Instant updatedAt;

	private String updatedBy;

	@Version
	private long version;

	protected FeatureAvailabilityEntry() {
	}

	/**
	 * A pair that has no row yet (its cloud instance or feature came without its
	 * migration rows): not available, as the registry reads a missing row, until the
	 * change that saves it.
	 */
	FeatureAvailabilityEntry(CloudInstance cloudInstance, PartnerFeature feature, Instant now) {
		this.id = UUID.randomUUID();
		this.cloudInstance = cloudInstance;
		this.feature = feature;
		this.state = AvailabilityState.NOT_AVAILABLE;
		this.updatedAt = now;
	}

	/**
	 * Sets the state: a feature that is not available needs a reason in English, Japanese
	 * and Korean; a planned one also a date after {@code today}. An available one keeps
	 * no reason and no date.
	 * @throws AvailabilityChangeRejectedException naming the field that breaks a rule
	 */
	void change(AvailabilityState newState, String en, String ja, String ko, LocalDate date, LocalDate today,
			Actor actor, Instant now) {
		if (newState == null) {
			throw new AvailabilityChangeRejectedException("state", "availability.change.state.required");
		}
		String english = trimmed(en);
		String japanese = trimmed(ja);
		String korean = trimmed(ko);
		if (newState != AvailabilityState.AVAILABLE) {
			requireReason("reasonEn", english);
			requireReason("reasonJa", japanese);
			requireReason("reasonKo", korean);
		}
		if (newState == AvailabilityState.PLANNED) {
			if (date == null) {
				throw new AvailabilityChangeRejectedException("plannedOn", "availability.change.plannedOn.required");
			}
			if (!date.isAfter(today)) {
				throw new AvailabilityChangeRejectedException("plannedOn", "availability.change.plannedOn.future");
			}
		}
		AvailabilityState previous = this.state;
		boolean available = newState == AvailabilityState.AVAILABLE;
		this.state = newState;
		this.reasonEn = available ? null : english;
		this.reasonJa = available ? null : japanese;
		this.reasonKo = available ? null : korean;
		this.plannedOn = (newState == AvailabilityState.PLANNED) ? date : null;
		this.updatedAt = now;
		this.updatedBy = actor.name();
		registerEvent(new FeatureAvailabilityChanged(actor, this.id, this.cloudInstance, this.feature, previous,
				newState, this.plannedOn, now));
	}

	UUID id() {
		return this.id;
	}

	long version() {
		return this.version;
	}

	FeatureStatus toStatus() {
		return new FeatureStatus(this.cloudInstance, this.feature, this.state, this.reasonEn, this.reasonJa,
				this.reasonKo, this.plannedOn, this.version);
	}

	private static void requireReason(String field, String reason) {
		if (reason == null) {
			throw new AvailabilityChangeRejectedException(field, "availability.change.reason.required");
		}
		if (reason.length() > MAX_REASON) {
			throw new AvailabilityChangeRejectedException(field, "availability.change.reason.too-long");
		}
	}

	private static String trimmed(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
