package com.partnerportal.partner;

import java.time.Instant;

/**
 * That a partner accepted a version: which, who, when.
 */
public record AgreementAcceptanceView(String versionLabel, String acceptedBy, Instant acceptedAt) {

}
