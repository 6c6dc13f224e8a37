/**
 * Delegation: delegated-admin relationships (approval, handover, removal) and the one
 * check of who may act in which customer's tenant.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Delegation")
package com.partnerportal.delegation;
