/**
 * Catalog: services, offers, prices and trial terms.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog")
package com.partnerportal.catalog;
