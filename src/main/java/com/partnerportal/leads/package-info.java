/**
 * Leads: contact requests that visitors and customers send to a partner from the
 * marketplace, the partner's inbox with its answer deadline, and their outcomes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Leads")
package com.partnerportal.leads;
