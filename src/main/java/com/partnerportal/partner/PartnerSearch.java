package com.partnerportal.partner;

import com.partnerportal.platform.CloudInstance;

/**
 * What the back office looks for in its partner list; each part is optional.
 *
 * @param text part of the name or of the company domain, or a partner's id
 * @param cloudInstance only partners of this instance
 * @param program only partners enrolled in this program
 * @param agreement only partners in this state of the agreement
 * @param standing only partners of this standing
 */
public record PartnerSearch(String text, CloudInstance cloudInstance, Program program, AgreementState agreement,
		Standing standing) {

}
