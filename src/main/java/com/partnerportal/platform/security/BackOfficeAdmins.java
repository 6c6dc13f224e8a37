package com.partnerportal.platform.security;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.AccountLanguages;
import com.partnerportal.platform.BackOfficeRole;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.platform.SignInAccounts;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operator's back-office accounts.
 */
@Service
@Transactional(readOnly = true)
public class BackOfficeAdmins implements SignInAccounts, AccountLanguages {

	private final BackOfficeAdminRepository admins;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	BackOfficeAdmins(BackOfficeAdminRepository admins, PasswordEncoder passwordEncoder, Clock clock) {
		this.admins = admins;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	public boolean exists(String email) {
		return this.admins.findByEmail(email).isPresent();
	}

	@Transactional
	public void create(String email, String displayName, String rawPassword, String language) {
		create(email, displayName, rawPassword, language, BackOfficeRole.BACK_OFFICE_ADMIN);
	}

	@Transactional
	public void create(String email, String displayName, String rawPassword, String language, BackOfficeRole role) {
		this.admins.save(new BackOfficeAdmin(email, displayName, this.passwordEncoder.encode(rawPassword), language,
				role, this.clock.instant()));
	}

	/**
	 * Every back-office account (admins and support agents), by name: one query.
	 */
	public List<BackOfficeUser> users() {
		return this.admins.findAllByOrderByDisplayNameAscEmailAsc().stream().map(BackOfficeAdmin::toUser).toList();
	}

	public Optional<BackOfficeUser> user(UUID id) {
		return this.admins.findById(id).map(BackOfficeAdmin::toUser);
	}

	@Override
	public Optional<PortalUser> findForSignIn(String username) {
		return this.admins.findByEmail(username).map(BackOfficeAdmin::toPortalUser);
	}

	@Override
	@Transactional
	public void changePreferredLanguage(PortalUser account, Locale language) {
		if (account.kind() == AccountKind.BACK_OFFICE_ADMIN) {
			this.admins.findById(account.accountId()).ifPresent((owned) -> owned.changeLanguage(language));
		}
	}

}
