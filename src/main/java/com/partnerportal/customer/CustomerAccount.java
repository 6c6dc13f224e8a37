package com.partnerportal.customer;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.PasswordAccount;
import com.partnerportal.platform.PortalUser;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An admin account of a customer tenant. Its sign-in name is an address in the tenant's
 * own domain, as the customer's users will have.
 */
@Entity
@Table(name = "customer_account")
class CustomerAccount {

	static final String ROLE = "CUSTOMER_ADMIN";

	@Id
	private UUID id;

	private UUID customerId;

	private String signInName;

	private String displayName;

	private String contactEmail;

	private String passwordHash;

	private String language;

	private Instant createdAt;

	@Version
	private long version;

	protected CustomerAccount() {
	}

	CustomerAccount(UUID customerId, String signInName, String displayName, String contactEmail, String passwordHash,
			String language, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.customerId = customerId;
		this.signInName = signInName;
		this.displayName = displayName;
		this.contactEmail = contactEmail;
		this.passwordHash = passwordHash;
		this.language = language;
		this.createdAt = createdAt;
	}

	UUID id() {
		return this.id;
	}

	String contactEmail() {
		return (this.contactEmail != null) ? this.contactEmail : this.signInName;
	}

	String displayName() {
		return this.displayName;
	}

	/**
	 * The account's preferred language, for its pages and its mails.
	 */
	void changeLanguage(Locale language) {
		this.language = language.getLanguage();
	}

	Locale locale() {
		return Locale.forLanguageTag(this.language);
	}

	/**
	 * A new password, already encoded (set by an emailed link or by the account itself).
	 */
	void changePasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	PasswordAccount toPasswordAccount() {
		return new PasswordAccount(AccountKind.CUSTOMER_ADMIN, this.id, this.signInName, contactEmail(),
				this.displayName, locale(), this.passwordHash, true);
	}

	PortalUser toPortalUser() {
		return new PortalUser(this.id, AccountKind.CUSTOMER_ADMIN, this.customerId, this.signInName, this.displayName,
				Locale.forLanguageTag(this.language), Set.of(ROLE), this.passwordHash);
	}

}
