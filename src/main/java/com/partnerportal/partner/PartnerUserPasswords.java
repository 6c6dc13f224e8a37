package com.partnerportal.partner;

import java.util.Optional;
import java.util.UUID;

import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.AccountPasswords;
import com.partnerportal.platform.PasswordAccount;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The passwords of partner users, for emailed password links and the account page. A
 * deactivated user gets no reset link.
 */
@Component
@Transactional(readOnly = true)
class PartnerUserPasswords implements AccountPasswords {

	private final PartnerUserRepository users;

	PartnerUserPasswords(PartnerUserRepository users) {
		this.users = users;
	}

	@Override
	public AccountKind kind() {
		return AccountKind.PARTNER_USER;
	}

	@Override
	public Optional<PasswordAccount> findBySignInName(String signInName) {
		return this.users.findByEmail(signInName).filter(PartnerUser::isEnabled).map(PartnerUser::toPasswordAccount);
	}

	@Override
	public Optional<PasswordAccount> findById(UUID accountId) {
		return this.users.findById(accountId).map(PartnerUser::toPasswordAccount);
	}

	@Override
	@Transactional
	public void changePasswordHash(UUID accountId, String passwordHash) {
		this.users.findById(accountId).ifPresent((user) -> user.changePasswordHash(passwordHash));
	}

}
