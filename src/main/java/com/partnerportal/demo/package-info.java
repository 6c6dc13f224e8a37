/**
 * Demo data for the embedded default: partners of each kind, their users, a back-office
 * admin. Loaded once; switched off with {@code portal.demo-data.enabled=false}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package com.partnerportal.demo;
