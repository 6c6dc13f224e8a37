package com.partnerportal.customer;

import java.util.Optional;
import java.util.UUID;

import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.AccountPasswords;
import com.partnerportal.platform.PasswordAccount;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The passwords of customer admin accounts, for emailed password links (mailed to the
 * account's contact address) and the account page.
 */
@Component
@Transactional(readOnly = true)
class CustomerAccountPasswords implements AccountPasswords {

	private final CustomerAccountRepository accounts;

	CustomerAccountPasswords(CustomerAccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public AccountKind kind() {
		return AccountKind.CUSTOMER_ADMIN;
	}

	@Override
	public Optional<PasswordAccount> findBySignInName(String signInName) {
		return this.accounts.findBySignInName(signInName).map(CustomerAccount::toPasswordAccount);
	}

	@Override
	public Optional<PasswordAccount> findById(UUID accountId) {
		return this.accounts.findById(accountId).map(CustomerAccount::toPasswordAccount);
	}

	@Override
	@Transactional
	public void changePasswordHash(UUID accountId, String passwordHash) {
		this.accounts.findById(accountId).ifPresent((account) -> account.changePasswordHash(passwordHash));
	}

}
