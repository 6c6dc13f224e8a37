package com.partnerportal.partner;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.PortalUser;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person who works for a partner.
 */
@Entity
@Table(name = "partner_user")
class PartnerUser {

	@Id
	private UUID id;

	private UUID partnerId;

	private String email;

	private String displayName;

	private String passwordHash;

	private String language;

	private boolean enabled;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "partner_user_role", joinColumns = @JoinColumn(name = "partner_user_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<PartnerRole> roles = EnumSet.noneOf(PartnerRole.class);

	private Instant createdAt;

	@Version
	private long version;

	protected PartnerUser() {
	}

	PartnerUser(UUID partnerId, String email, String displayName, String passwordHash, String language,
			Set<PartnerRole> roles, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.partnerId = partnerId;
		this.email = email;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.language = language;
		this.enabled = true;
		this.roles.addAll(roles);
		this.createdAt = createdAt;
	}

	/**
	 * The account's preferred language, for its pages and its mails.
	 */
	void changeLanguage(Locale language) {
		this.language = language.getLanguage();
	}

	UUID id() {
		return this.id;
	}

	boolean isEnabled() {
		return this.enabled;
	}

	PortalUser toPortalUser() {
		Set<String> authorities = this.roles.stream().map(Enum::name).collect(Collectors.toSet());
		authorities.add("PARTNER_USER");
		return new PortalUser(this.id, AccountKind.PARTNER_USER, this.partnerId, this.email, this.displayName,
				Locale.forLanguageTag(this.language), authorities, this.passwordHash);
	}

	PartnerUserView toView() {
		return new PartnerUserView(this.id, this.partnerId, this.email, this.displayName,
				Locale.forLanguageTag(this.language), Set.copyOf(this.roles));
	}

}
