package com.partnerportal.platform;

import java.util.Optional;

/**
 * Implemented by each module that owns accounts (partner users, customer admins,
 * back-office admins); the sign-in asks each in turn.
 */
public interface SignInAccounts {

	/**
	 * The account whose sign-in name (an email address) is {@code username}, with its
	 * password hash, if it exists and may sign in.
	 */
	Optional<PortalUser> findForSignIn(String username);

}
