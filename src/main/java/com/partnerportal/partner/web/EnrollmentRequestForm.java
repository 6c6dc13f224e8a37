package com.partnerportal.partner.web;

import com.partnerportal.partner.Program;
import jakarta.validation.constraints.NotNull;

/**
 * A partner admin's request to enrol in a program.
 */
record EnrollmentRequestForm(@NotNull(message = "{partner.enrollment.program.required}") Program program) {

}
