package com.partnerportal.platform;

import java.io.Serial;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person. {@code organizationId} is the partner of a partner user and the
 * customer of a customer admin. Kept small: it lives in the (JDBC) session.
 */
public final class PortalUser implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final UUID accountId;

	private final AccountKind kind;

	private final UUID organizationId;

	private final String username;

	private final String displayName;

	private final Locale locale;

	private final Set<String> roles;

	private String passwordHash;

	public PortalUser(UUID accountId, AccountKind kind, UUID organizationId, String username, String displayName,
			Locale locale, Set<String> roles, String passwordHash) {
		this.accountId = accountId;
		this.kind = kind;
		this.organizationId = organizationId;
		this.username = username;
		this.displayName = displayName;
		this.locale = locale;
		this.roles = Set.copyOf(roles);
		this.passwordHash = passwordHash;
	}

	public UUID accountId() {
		return this.accountId;
	}

	public AccountKind kind() {
		return this.kind;
	}

	public UUID organizationId() {
		return this.organizationId;
	}

	public String displayName() {
		return this.displayName;
	}

	public Locale locale() {
		return this.locale;
	}

	public Set<String> roles() {
		return this.roles;
	}

	public boolean hasRole(String role) {
		return this.roles.contains(role);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.roles.stream().map((role) -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PortalUser that && this.accountId.equals(that.accountId);
	}

	@Override
	public int hashCode() {
		return this.accountId.hashCode();
	}

	@Override
	public String toString() {
		return "PortalUser[" + this.kind + " " + this.accountId + "]";
	}

}
