package com.partnerportal.partner;

import java.util.List;
import java.util.Set;

/**
 * What the back office's page of one partner shows of the partner module, read in one
 * read-only transaction.
 *
 * @param partner the partner
 * @param domain its company domain, when known
 * @param acceptances the agreement versions it accepted, newest first
 * @param requests its latest enrollment requests
 * @param users its users and their roles
 * @param serviceCodes every service type of the catalog (the choices of authorized ones)
 */
public record PartnerDetail(PartnerView partner, String domain, List<AgreementAcceptanceView> acceptances,
		List<EnrollmentRequestView> requests, List<PartnerUserLine> users, Set<String> serviceCodes) {

}
