package com.partnerportal.platform;

import java.util.Locale;
import java.util.UUID;

/**
 * An account as a password link sees it.
 *
 * @param kind the kind of account
 * @param id its id
 * @param signInName the name it signs in with (its sessions are indexed by it)
 * @param mailAddress where its mails go
 * @param displayName how to greet it
 * @param locale the language of its mails
 * @param passwordHash its encoded password, to check the current one
 * @param active whether it may sign in
 */
public record PasswordAccount(AccountKind kind, UUID id, String signInName, String mailAddress, String displayName,
		Locale locale, String passwordHash, boolean active) {

	@Override
	public String toString() {
		return "PasswordAccount[" + this.kind + " " + this.id + "]";
	}

}
