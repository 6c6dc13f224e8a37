package com.partnerportal.leads.web;

import com.partnerportal.leads.DeclineReason;
import jakarta.validation.constraints.NotNull;

/**
 * Declining a contact request: why.
 */
public record DeclineForm(@NotNull(message = "{leads.declineReason.required}") DeclineReason reason) {

}
