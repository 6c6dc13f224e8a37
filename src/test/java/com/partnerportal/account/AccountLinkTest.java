package com.partnerportal.account;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.AccountKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An emailed account link sets a password once, before it expires, and a newer link
 * replaces it.
 */
class AccountLinkTest {

	private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

	@Test
	void isUsedOnceAndRaisesItsEvent() {
		AccountLink link = link();
		link.use(NOW.plusSeconds(10));
		assertThat(link.domainEvents()).singleElement().isInstanceOf(AccountPasswordSet.class);
		assertThat(link.stateAt(NOW.plusSeconds(20))).isEqualTo(AccountLinkState.USED);
		assertThatThrownBy(() -> link.use(NOW.plusSeconds(20))).isInstanceOf(AccountLinkUnusableException.class)
			.extracting((ex) -> ((AccountLinkUnusableException) ex).state())
			.isEqualTo(AccountLinkState.USED);
	}

	@Test
	void expiresAndIsReplacedByANewerLink() {
		assertThat(link().stateAt(NOW.plus(Duration.ofHours(1)))).isEqualTo(AccountLinkState.EXPIRED);
		assertThatThrownBy(() -> link().use(NOW.plus(Duration.ofHours(2))))
			.isInstanceOf(AccountLinkUnusableException.class);
		AccountLink replaced = link();
		replaced.replace(NOW.plusSeconds(5));
		assertThat(replaced.stateAt(NOW.plusSeconds(6))).isEqualTo(AccountLinkState.USED);
	}

	@Test
	void passwordRuleIsStatedOnce() {
		assertThat(PasswordRule.violation("short", "a@b.example")).contains("account.password.tooShort");
		assertThat(PasswordRule.violation("x".repeat(129), "a@b.example")).contains("account.password.tooLong");
		assertThat(PasswordRule.violation("ana@contoso.example", "Ana@Contoso.example"))
			.contains("account.password.isSignInName");
		assertThat(PasswordRule.violation("a long enough passphrase", "a@b.example")).isEmpty();
	}

	private static AccountLink link() {
		return new AccountLink("c".repeat(64), AccountLinkPurpose.RESET_PASSWORD, AccountKind.PARTNER_USER,
				UUID.randomUUID(), NOW, NOW.plus(Duration.ofHours(1)));
	}

}
