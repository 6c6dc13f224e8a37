package com.partnerportal.account;

/**
 * An emailed account link as its page shows it.
 *
 * @param state whether it sets a password
 * @param purpose a first password or a reset (null when unknown)
 * @param signInName the account it is for (only when usable)
 */
public record AccountLinkView(AccountLinkState state, AccountLinkPurpose purpose, String signInName) {

}
