package com.partnerportal.onboarding;

import com.partnerportal.platform.CloudInstance;

/**
 * The back office's filters on the list of applications; each may be empty.
 *
 * @param state in this state only
 * @param cloudInstance in this cloud instance only
 * @param flaggedOnly only applications whose contact email is outside the company domain
 * @param text part of the legal name, domain or contact email
 */
public record ApplicationSearch(ApplicationState state, CloudInstance cloudInstance, boolean flaggedOnly, String text) {

}
