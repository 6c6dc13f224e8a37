/**
 * Partners: partner organizations, their users and roles, the Partner Agreement, program
 * enrollments and authorized service types.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partner")
package com.partnerportal.partner;
