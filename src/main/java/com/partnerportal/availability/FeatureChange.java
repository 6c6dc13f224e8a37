package com.partnerportal.availability;

import java.time.LocalDate;

import com.partnerportal.platform.CloudInstance;

/**
 * What the back office sets for one feature in one cloud instance.
 *
 * @param cloudInstance the cloud instance
 * @param feature the feature
 * @param state the new state
 * @param reasonEn why it is not available, in English (ignored when available)
 * @param reasonJa the same in Japanese
 * @param reasonKo the same in Korean
 * @param plannedOn when it is planned for (only when planned)
 * @param version the version the editor saw
 */
public record FeatureChange(CloudInstance cloudInstance, PartnerFeature feature, AvailabilityState state,
		String reasonEn, String reasonJa, String reasonKo, LocalDate plannedOn, long version) {

}
