package com.partnerportal.customer;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.CloudInstance;

/**
 * One of a partner's customers, as the back office's page of the partner lists it.
 *
 * @param id the customer
 * @param name its name
 * @param domain its tenant's domain
 * @param cloudInstance its cloud instance
 * @param since when it became the partner's customer
 * @param administeredByPartner whether the partner holds its active delegated admin
 */
public record PartnerCustomerLine(UUID id, String name, String domain, CloudInstance cloudInstance, Instant since,
		boolean administeredByPartner) {

}
