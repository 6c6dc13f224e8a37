package com.partnerportal.leads;

import java.util.UUID;

/**
 * What a trial invitation for an accepted contact request starts from.
 */
public record InvitationPrefill(UUID leadId, String companyName, String contactName, String email, String language) {

}
