package com.partnerportal.availability;

import com.partnerportal.platform.CloudInstance;

/**
 * A feature was used in a cloud instance where it is switched off; the web layer answers
 * with a page that names the feature and the instance and gives the reason (and the
 * planned date), never a silent 404.
 */
public class FeatureNotAvailableException extends RuntimeException {

	private final transient FeatureStatus status;

	public FeatureNotAvailableException(FeatureStatus status) {
		super(status.feature() + " is not available in " + status.cloudInstance());
		this.status = status;
	}

	public FeatureStatus status() {
		return this.status;
	}

	public PartnerFeature feature() {
		return this.status.feature();
	}

	public CloudInstance cloudInstance() {
		return this.status.cloudInstance();
	}

}
