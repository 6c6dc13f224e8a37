/**
 * Feature availability per cloud instance: the registry of each partner feature in each
 * cloud instance (available, not available with a reason, or planned with a date and a
 * reason), the back office's page that edits it, the public page that shows it, and the
 * one check every feature's entry point calls ({@link FeatureAvailability#require}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Availability")
package com.partnerportal.availability;
