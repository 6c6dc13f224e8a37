/**
 * Reviews: customers with a real relationship with a partner (Partner of Record,
 * delegated admin for 30 days or more, an accepted purchase offer) review it once, the
 * back office moderates, the partner answers once; published reviews are shown in the
 * marketplace.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reviews")
package com.partnerportal.review;
