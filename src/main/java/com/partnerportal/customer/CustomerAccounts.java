package com.partnerportal.customer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.AccountLanguages;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.platform.SignInAccounts;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer admin accounts: the sign-in directory of customers, their preferred language,
 * who is an admin of which tenant.
 */
@Service
@Transactional(readOnly = true)
public class CustomerAccounts implements SignInAccounts, AccountLanguages {

	private final CustomerAccountRepository accounts;

	CustomerAccounts(CustomerAccountRepository accounts) {
		this.accounts = accounts;
	}

	/**
	 * Whether the signed-in person is an admin of this customer.
	 */
	public static boolean isAdminOf(PortalUser user, UUID customerId) {
		return user != null && user.kind() == AccountKind.CUSTOMER_ADMIN && customerId.equals(user.organizationId());
	}

	/**
	 * The ids of the tenants that have an admin with this contact email.
	 */
	public List<UUID> customersWithContactEmail(String email) {
		return (email == null || email.isBlank()) ? List.of()
				: this.accounts.findCustomerIdsByContactEmail(email.strip());
	}

	@Override
	public Optional<PortalUser> findForSignIn(String username) {
		return this.accounts.findBySignInName(username).map(CustomerAccount::toPortalUser);
	}

	@Override
	@Transactional
	public void changePreferredLanguage(PortalUser account, Locale language) {
		if (account.kind() == AccountKind.CUSTOMER_ADMIN) {
			this.accounts.findById(account.accountId()).ifPresent((owned) -> owned.changeLanguage(language));
		}
	}

}
