/**
 * Accounts and passwords, for every kind of account (partner users, customer admins,
 * back-office accounts): emailed password links (set a first password, reset a forgotten
 * one), changing one's password, and ending the other sessions when it changes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package com.partnerportal.account;
