package com.partnerportal.platform;

import java.util.Optional;
import java.util.UUID;

/**
 * Implemented by each module that owns a kind of account (partner users, customer admins,
 * back-office accounts): finds an account for an emailed password link and stores its new
 * password. The {@code account} module's links call it, whatever the kind.
 */
public interface AccountPasswords {

	/**
	 * The kind of account this module owns.
	 */
	AccountKind kind();

	/**
	 * The active account whose sign-in name (ignoring case) is {@code signInName}.
	 */
	Optional<PasswordAccount> findBySignInName(String signInName);

	/**
	 * The account with this id, active or not.
	 */
	Optional<PasswordAccount> findById(UUID accountId);

	/**
	 * Stores {@code passwordHash} (already encoded) as the account's password.
	 */
	void changePasswordHash(UUID accountId, String passwordHash);

}
