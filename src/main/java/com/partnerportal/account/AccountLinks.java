package com.partnerportal.account;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.partnerportal.notification.MailOutbox;
import com.partnerportal.notification.OutgoingMail;
import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.AccountPasswords;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.PasswordAccount;
import com.partnerportal.platform.PortalLinks;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.platform.SecureTokens;
import com.partnerportal.platform.SecureTokens.IssuedToken;
import com.partnerportal.platform.security.AccountSessions;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Emailed password links, one mechanism for every kind of account: a reset asked for on
 * the public page, a first password for an invited account. The token is made here and
 * only put in the mail (queued in the same transaction); only its hash is stored. Setting
 * a password ends the account's other sessions.
 */
@Service
@Transactional(readOnly = true)
public class AccountLinks {

	static final String SET_PATH = "/password/set/";

	private final AccountLinkRepository links;

	private final List<AccountPasswords> accounts;

	private final PasswordEncoder passwordEncoder;

	private final MailOutbox mailOutbox;

	private final PortalLinks portalLinks;

	private final AccountSessions sessions;

	private final AccountLinkProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AccountLinks(AccountLinkRepository links, List<AccountPasswords> accounts, PasswordEncoder passwordEncoder,
			MailOutbox mailOutbox, PortalLinks portalLinks, AccountSessions sessions, AccountLinkProperties properties,
			ApplicationEventPublisher events, Clock clock) {
		this.links = links;
		this.accounts = List.copyOf(accounts);
		this.passwordEncoder = passwordEncoder;
		this.mailOutbox = mailOutbox;
		this.portalLinks = portalLinks;
		this.sessions = sessions;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Mails a reset link to the account signed in as {@code address}, if there is an
	 * active one; does nothing otherwise. The caller answers the same either way.
	 */
	@Transactional
	public void requestReset(String address) {
		String name = (address != null) ? address.strip() : "";
		if (name.isEmpty()) {
			return;
		}
		this.accounts.stream()
			.flatMap((owner) -> owner.findBySignInName(name).stream())
			.filter(PasswordAccount::active)
			.findFirst()
			.ifPresent((account) -> mailLink(account, AccountLinkPurpose.RESET_PASSWORD, "account-password-reset",
					List.of()));
	}

	/**
	 * Mails a first-password link to an account just created without one (the caller's
	 * transaction holds its creation).
	 */
	@Transactional
	public void mailSetPasswordLink(AccountKind kind, UUID accountId, String mailName) {
		mailSetPasswordLink(kind, accountId, mailName, List.of());
	}

	/**
	 * Mails a first-password link with a mail of its own: {@code arguments} are the
	 * mail's subject arguments and its text's arguments after the sign-in name (0) and
	 * the link's validity in hours (1).
	 */
	@Transactional
	public void mailSetPasswordLink(AccountKind kind, UUID accountId, String mailName, List<Object> arguments) {
		account(kind, accountId)
			.ifPresent((account) -> mailLink(account, AccountLinkPurpose.SET_PASSWORD, mailName, arguments));
	}

	/**
	 * What the link can do now; a GET shows it and changes nothing.
	 */
	public AccountLinkView check(String token) {
		if (!SecureTokens.looksValid(token)) {
			return new AccountLinkView(AccountLinkState.UNKNOWN, null, null);
		}
		return this.links.findByTokenHash(SecureTokens.hash(token)).map((link) -> {
			AccountLinkState state = link.stateAt(this.clock.instant());
			String name = (state == AccountLinkState.USABLE)
					? account(link.accountKind(), link.accountId()).map(PasswordAccount::signInName).orElse(null)
					: null;
			return new AccountLinkView(
					(name != null || state != AccountLinkState.USABLE) ? state : AccountLinkState.UNKNOWN,
					link.purpose(), name);
		}).orElse(new AccountLinkView(AccountLinkState.UNKNOWN, null, null));
	}

	/**
	 * Sets the password of the link's account and uses the link up; the account's other
	 * sessions end (all but {@code keptSessionId}).
	 * @return the account's sign-in name
	 * @throws AccountLinkUnusableException if the link is unknown, expired or used
	 * @throws InvalidPasswordException if the password breaks {@link PasswordRule}
	 */
	@Transactional
	public String setPassword(String token, String newPassword, String keptSessionId) {
		if (!SecureTokens.looksValid(token)) {
			throw new AccountLinkUnusableException(AccountLinkState.UNKNOWN);
		}
		AccountLink link = this.links.lockByTokenHash(SecureTokens.hash(token))
			.orElseThrow(() -> new AccountLinkUnusableException(AccountLinkState.UNKNOWN));
		PasswordAccount account = account(link.accountKind(), link.accountId()).filter(PasswordAccount::active)
			.orElseThrow(() -> new AccountLinkUnusableException(AccountLinkState.UNKNOWN));
		PasswordRule.violation(newPassword, account.signInName()).ifPresent((key) -> {
			throw new InvalidPasswordException(key);
		});
		Instant now = this.clock.instant();
		link.use(now);
		this.links.save(link);
		storePassword(account, newPassword, keptSessionId);
		return account.signInName();
	}

	/**
	 * The signed-in account changes its own password, giving the current one; its other
	 * sessions end.
	 * @throws WrongCurrentPasswordException if {@code currentPassword} is not its
	 * password
	 * @throws InvalidPasswordException if the new one breaks {@link PasswordRule}
	 */
	@Transactional
	public void changePassword(PortalUser user, String currentPassword, String newPassword, String keptSessionId) {
		PasswordAccount account = account(user.kind(), user.accountId()).filter(PasswordAccount::active)
			.orElseThrow(WrongCurrentPasswordException::new);
		if (currentPassword == null || !this.passwordEncoder.matches(currentPassword, account.passwordHash())) {
			throw new WrongCurrentPasswordException();
		}
		PasswordRule.violation(newPassword, account.signInName()).ifPresent((key) -> {
			throw new InvalidPasswordException(key);
		});
		storePassword(account, newPassword, keptSessionId);
		this.events.publishEvent(new AccountPasswordChanged(user.kind(), user.accountId(), user.organizationId(),
				Actor.of(user), this.clock.instant()));
	}

	private void storePassword(PasswordAccount account, String newPassword, String keptSessionId) {
		Instant now = this.clock.instant();
		owner(account.kind()).changePasswordHash(account.id(), this.passwordEncoder.encode(newPassword));
		this.links.findUnused(account.kind(), account.id()).forEach((other) -> other.replace(now));
		String signInName = account.signInName();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				AccountLinks.this.sessions.endSessions(signInName, keptSessionId);
			}

		});
	}

	/**
	 * A new link for the account (its earlier unused ones stop working), mailed in the
	 * account's language.
	 */
	private void mailLink(PasswordAccount account, AccountLinkPurpose purpose, String mailName,
			List<Object> arguments) {
		Instant now = this.clock.instant();
		this.links.findUnused(account.kind(), account.id()).forEach((other) -> other.replace(now));
		IssuedToken token = SecureTokens.issue();
		this.links.save(new AccountLink(token.hash(), purpose, account.kind(), account.id(), now,
				now.plus(this.properties.validityOf(purpose))));
		long hours = Math.max(1, this.properties.validityOf(purpose).toHours());
		List<Object> textArguments = new ArrayList<>(List.of(account.signInName(), hours));
		textArguments.addAll(arguments);
		this.mailOutbox.queue(OutgoingMail.notice(account.mailAddress(), account.locale(), mailName, arguments,
				account.displayName(), textArguments, "mail.account.link.action",
				this.portalLinks.absolute(SET_PATH + token.token())));
	}

	private Optional<PasswordAccount> account(AccountKind kind, UUID accountId) {
		return owner(kind).findById(accountId);
	}

	private AccountPasswords owner(AccountKind kind) {
		return this.accounts.stream()
			.filter((owner) -> owner.kind() == kind)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no accounts of kind " + kind));
	}

}
