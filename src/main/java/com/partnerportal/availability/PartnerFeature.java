package com.partnerportal.availability;

/**
 * A partner feature that is switched on or off per cloud instance. A new feature is a
 * constant here and a migration that adds its row for every cloud instance.
 */
public enum PartnerFeature {

	TRIAL_INVITATIONS, PURCHASE_OFFERS, DELEGATED_ADMIN, PARTNER_OF_RECORD, MARKETPLACE, PARTNER_APPLICATIONS

}
