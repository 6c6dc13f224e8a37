package com.partnerportal.platform;

import java.util.Locale;

/**
 * Implemented by each module that owns accounts (partner users, customer admins,
 * back-office admins): keeps an account's preferred language, used for its pages after
 * sign-in and for the mails to it.
 */
public interface AccountLanguages {

	/**
	 * Saves {@code language} as the preferred language of {@code account} if this module
	 * owns that kind of account; does nothing otherwise.
	 */
	void changePreferredLanguage(PortalUser account, Locale language);

}
