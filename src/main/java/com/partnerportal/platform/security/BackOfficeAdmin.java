package com.partnerportal.platform.security;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.BackOfficeRole;
import com.partnerportal.platform.PasswordAccount;
import com.partnerportal.platform.PortalUser;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An account of the operator's back office.
 */
@Entity
@Table(name = "back_office_admin")
class BackOfficeAdmin {

	@Id
	private UUID id;

	private String email;

	private String displayName;

	private String passwordHash;

	private String language;

	@Enumerated(EnumType.STRING)
	private BackOfficeRole role;

	private Instant createdAt;

	@Version
	private long version;

	protected BackOfficeAdmin() {
	}

	BackOfficeAdmin(String email, String displayName, String passwordHash, String language, BackOfficeRole role,
			Instant createdAt) {
		this.id = UUID.randomUUID();
		this.email = email;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.language = language;
		this.role = role;
		this.createdAt = createdAt;
	}

	/**
	 * The account's preferred language, for its pages and its mails.
	 */
	void changeLanguage(Locale language) {
		this.language = language.getLanguage();
	}

	/**
	 * A new password, already encoded (set by an emailed link or by the account itself).
	 */
	void changePasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	PasswordAccount toPasswordAccount() {
		return new PasswordAccount(AccountKind.BACK_OFFICE_ADMIN, this.id, this.email, this.email, this.displayName,
				Locale.forLanguageTag(this.language), this.passwordHash, true);
	}

	BackOfficeUser toUser() {
		return new BackOfficeUser(this.id, this.displayName, this.email, this.role);
	}

	PortalUser toPortalUser() {
		return new PortalUser(this.id, AccountKind.BACK_OFFICE_ADMIN, null, this.email, this.displayName,
				Locale.forLanguageTag(this.language), Set.of(this.role.name()), this.passwordHash);
	}

}
