package com.partnerportal.invitation;

import java.util.Locale;
import java.util.Optional;

import com.partnerportal.platform.SecureTokens;
import com.partnerportal.platform.web.SupportedLanguages;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The language an invitation was sent in: its link's pages speak it.
 */
@Service
@Transactional(readOnly = true)
public class InvitationLanguages {

	private final InvitationRepository invitations;

	InvitationLanguages(InvitationRepository invitations) {
		this.invitations = invitations;
	}

	/**
	 * The language of the invitation behind a link's token, if there is one; only reads:
	 * one statement, without a transaction of its own (it runs before every page of a
	 * link).
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Optional<Locale> languageOf(String token) {
		if (token == null || !SecureTokens.looksValid(token)) {
			return Optional.empty();
		}
		return this.invitations.findLanguageByTokenHash(SecureTokens.hash(token)).map(SupportedLanguages::of);
	}

}
