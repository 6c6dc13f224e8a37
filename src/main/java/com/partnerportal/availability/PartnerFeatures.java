package com.partnerportal.availability;

import java.util.Map;

import com.partnerportal.platform.CloudInstance;

/**
 * What a partner's pages show about its features: its cloud instance and each feature's
 * availability there.
 *
 * @param cloudInstance the partner's cloud instance
 * @param statuses each feature's availability in it
 */
public record PartnerFeatures(CloudInstance cloudInstance, Map<PartnerFeature, FeatureStatus> statuses) {

	public FeatureStatus of(PartnerFeature feature) {
		return this.statuses.get(feature);
	}

	/**
	 * By the feature's name, for templates.
	 */
	public FeatureStatus of(String feature) {
		return of(PartnerFeature.valueOf(feature));
	}

	public boolean available(String feature) {
		FeatureStatus status = of(feature);
		return status != null && status.isAvailable();
	}

}
