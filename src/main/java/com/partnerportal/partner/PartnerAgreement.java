package com.partnerportal.partner;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The signed Partner Agreement: which version, who signed it and when.
 */
@Embeddable
record PartnerAgreement(@Column(name = "agreement_version") String version,
		@Column(name = "agreement_signed_by") String signedBy, @Column(name = "agreement_signed_at") Instant signedAt) {

}
