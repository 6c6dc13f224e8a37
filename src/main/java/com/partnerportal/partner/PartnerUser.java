package com.partnerportal.partner;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.AggregateRoot;
import com.partnerportal.platform.PasswordAccount;
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
class PartnerUser extends AggregateRoot<PartnerUser> {

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

	/**
	 * A user invited by a partner admin (or the first admin of an approved application):
	 * no usable password yet ({@code unusablePasswordHash} encodes a secret nobody
	 * knows); the invitation's event makes the emailed set-password link.
	 */
	static PartnerUser invited(UUID partnerId, String email, String displayName, String unusablePasswordHash,
			String language, Set<PartnerRole> roles, boolean firstAdmin, Actor actor, Instant now) {
		if (roles.isEmpty()) {
			throw new IllegalPartnerChangeException("partner.team.roles.required");
		}
		PartnerUser user = new PartnerUser(partnerId, email, displayName, unusablePasswordHash, language, roles, now);
		user.registerEvent(new PartnerUserInvited(user.id, partnerId, user.email, user.displayName, user.language,
				Set.copyOf(roles), actor, now, firstAdmin));
		return user;
	}

	/**
	 * Gives the user exactly these roles.
	 * @throws IllegalPartnerChangeException if none, or nothing would change, or the user
	 * is deactivated
	 */
	void changeRoles(Set<PartnerRole> newRoles, Actor actor, Instant now) {
		if (!this.enabled) {
			throw new IllegalPartnerChangeException("partner.team.deactivated");
		}
		if (newRoles.isEmpty()) {
			throw new IllegalPartnerChangeException("partner.team.roles.required");
		}
		if (this.roles.equals(newRoles)) {
			throw new IllegalPartnerChangeException("partner.team.roles.unchanged");
		}
		Set<PartnerRole> before = Set.copyOf(this.roles);
		this.roles.clear();
		this.roles.addAll(newRoles);
		registerEvent(new PartnerUserRolesChanged(this.id, this.partnerId, this.email, before, Set.copyOf(newRoles),
				actor, now));
	}

	/**
	 * The partner's admin changed the customers the user is limited to (the caller stored
	 * them): {@code added} and {@code removed} of them, {@code total} named now. Nothing
	 * is recorded when nothing changed.
	 * @throws IllegalPartnerChangeException if the user is deactivated
	 */
	void limitToCustomers(int added, int removed, int total, Actor actor, Instant now) {
		if (!this.enabled) {
			throw new IllegalPartnerChangeException("partner.team.deactivated");
		}
		if (added > 0 || removed > 0) {
			registerEvent(new PartnerUserCustomersLimited(this.id, this.partnerId, this.email, added, removed, total,
					actor, now));
		}
	}

	/**
	 * The user may no longer sign in; its sessions are ended by the caller.
	 * @throws IllegalPartnerChangeException if it is already deactivated
	 */
	void deactivate(Actor actor, Instant now) {
		if (!this.enabled) {
			throw new IllegalPartnerChangeException("partner.team.deactivated");
		}
		this.enabled = false;
		registerEvent(new PartnerUserDeactivated(this.id, this.partnerId, this.email, actor, now));
	}

	/**
	 * A new password, already encoded (set by an emailed link or by the user itself).
	 */
	void changePasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	boolean isActiveAdmin() {
		return this.enabled && this.roles.contains(PartnerRole.PARTNER_ADMIN);
	}

	UUID partnerId() {
		return this.partnerId;
	}

	String email() {
		return this.email;
	}

	Set<PartnerRole> roles() {
		return Set.copyOf(this.roles);
	}

	PasswordAccount toPasswordAccount() {
		return new PasswordAccount(AccountKind.PARTNER_USER, this.id, this.email, this.email, this.displayName,
				Locale.forLanguageTag(this.language), this.passwordHash, this.enabled);
	}

	TeamMember toTeamMember() {
		return new TeamMember(this.id, this.email, this.displayName, Locale.forLanguageTag(this.language),
				Set.copyOf(this.roles), this.enabled);
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
