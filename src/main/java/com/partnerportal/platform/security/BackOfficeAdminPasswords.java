package com.partnerportal.platform.security;

import java.util.Optional;
import java.util.UUID;

import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.AccountPasswords;
import com.partnerportal.platform.PasswordAccount;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The passwords of the back-office accounts, for emailed password links and the account
 * page.
 */
@Component
@Transactional(readOnly = true)
class BackOfficeAdminPasswords implements AccountPasswords {

	private final BackOfficeAdminRepository admins;

	BackOfficeAdminPasswords(BackOfficeAdminRepository admins) {
		this.admins = admins;
	}

	@Override
	public AccountKind kind() {
		return AccountKind.BACK_OFFICE_ADMIN;
	}

	@Override
	public Optional<PasswordAccount> findBySignInName(String signInName) {
		return this.admins.findByEmail(signInName).map(BackOfficeAdmin::toPasswordAccount);
	}

	@Override
	public Optional<PasswordAccount> findById(UUID accountId) {
		return this.admins.findById(accountId).map(BackOfficeAdmin::toPasswordAccount);
	}

	@Override
	@Transactional
	public void changePasswordHash(UUID accountId, String passwordHash) {
		this.admins.findById(accountId).ifPresent((admin) -> admin.changePasswordHash(passwordHash));
	}

}
