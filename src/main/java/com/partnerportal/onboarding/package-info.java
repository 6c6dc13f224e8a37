/**
 * Joining the partner network: a company's public application, the verification of its
 * contact's email, the back office's review (approve into a partner, reject with a reason
 * and a waiting period, or ask for changes to named fields). Its own module rather than
 * part of {@code partner}: an application has its own life before any partner exists, and
 * on approval it uses the partner module's API like any other caller.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Onboarding")
package com.partnerportal.onboarding;
