/**
 * Marketplace: partners' listings (written by the partner, reviewed by the back office),
 * the public search at {@code /marketplace}, and badges computed from the portal's own
 * records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Marketplace")
package com.partnerportal.marketplace;
