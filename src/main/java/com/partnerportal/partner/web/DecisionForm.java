package com.partnerportal.partner.web;

import jakarta.validation.constraints.Size;

/**
 * The back office's answer to an enrollment request: a reason (required to decline).
 */
record DecisionForm(@Size(max = 500, message = "{admin.partner.reason.required}") String reason) {

}
