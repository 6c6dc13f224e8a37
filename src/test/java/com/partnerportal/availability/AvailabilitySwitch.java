package com.partnerportal.availability;

import java.time.LocalDate;

import com.partnerportal.platform.Actor;
import com.partnerportal.platform.CloudInstance;

/**
 * Switches features in tests through the module's API (as the back office does), and puts
 * the migration's defaults back afterwards: every test class shares one database.
 */
public final class AvailabilitySwitch {

	public static final String SEED_REASON_EN = "The partner features are not yet available in the service operated by 21Vianet.";

	private static final Actor TESTER = new Actor(Actor.Kind.BACK_OFFICE_ADMIN, null, "tester@operator.example");

	private final FeatureAvailability availability;

	public AvailabilitySwitch(FeatureAvailability availability) {
		this.availability = availability;
	}

	public void on(CloudInstance cloudInstance, PartnerFeature... features) {
		for (PartnerFeature feature : features) {
			set(cloudInstance, feature, AvailabilityState.AVAILABLE, null, null, null);
		}
	}

	public void off(CloudInstance cloudInstance, String reasonEn, PartnerFeature... features) {
		for (PartnerFeature feature : features) {
			set(cloudInstance, feature, AvailabilityState.NOT_AVAILABLE, reasonEn, reasonEn + " (ja)",
					reasonEn + " (ko)");
		}
	}

	/**
	 * Not yet available, planned for a date (after today).
	 */
	public void planned(CloudInstance cloudInstance, String reasonEn, LocalDate plannedOn, PartnerFeature... features) {
		for (PartnerFeature feature : features) {
			FeatureStatus current = this.availability.status(feature, cloudInstance);
			this.availability.change(TESTER, new FeatureChange(cloudInstance, feature, AvailabilityState.PLANNED,
					reasonEn, reasonEn + " (ja)", reasonEn + " (ko)", plannedOn, current.version()));
		}
	}

	/**
	 * The migration's defaults: all available in the global cloud, nothing yet in the
	 * cloud operated by 21Vianet.
	 */
	public void restoreDefaults() {
		on(CloudInstance.GLOBAL, PartnerFeature.values());
		for (PartnerFeature feature : PartnerFeature.values()) {
			set(CloudInstance.CHINA_21VIANET, feature, AvailabilityState.NOT_AVAILABLE, SEED_REASON_EN,
					"パートナー機能は、21Vianet が運用するサービスではまだご利用いただけません。", "파트너 기능은 21Vianet에서 운영하는 서비스에서 아직 사용할 수 없습니다.");
		}
	}

	private void set(CloudInstance cloudInstance, PartnerFeature feature, AvailabilityState state, String en, String ja,
			String ko) {
		FeatureStatus current = this.availability.status(feature, cloudInstance);
		this.availability.change(TESTER,
				new FeatureChange(cloudInstance, feature, state, en, ja, ko, null, current.version()));
	}

}
