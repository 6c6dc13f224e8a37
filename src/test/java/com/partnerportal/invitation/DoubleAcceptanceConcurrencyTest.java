package com.partnerportal.invitation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.partnerportal.customer.DomainPrefixTakenException;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestMailServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Invariant 5: an invitation is accepted at most once, and a domain prefix belongs to at
 * most one tenant, however many acceptances race, and a lost race leaves nothing
 * half-saved.
 */
@PortalIntegrationTest
class DoubleAcceptanceConcurrencyTest {

	private static final int THREADS = 8;

	@Autowired
	InvitationAcceptance acceptance;

	@Autowired
	Invitations invitations;

	@Autowired
	Partners partners;

	@Autowired
	TestData testData;

	@Autowired
	JdbcTemplate jdbc;

	UUID partnerId;

	PortalUser sales;

	@BeforeEach
	void setUp() {
		this.partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		this.sales = this.testData.principal(this.partners,
				this.testData.user(this.partnerId, PartnerRole.SALES_AGENT));
	}

	@Test
	void eightSimultaneousAcceptancesOfOneLinkCreateExactlyOneTenant() throws Exception {
		String email = TestData.uniqueEmail("race");
		UUID invitationId = send(email);
		String token = tokenOf(email);
		List<String> prefixes = new ArrayList<>();
		for (int i = 0; i < THREADS; i++) {
			prefixes.add(TestData.unique("race" + i).toLowerCase(Locale.ROOT));
		}

		List<Attempt> attempts = race(prefixes.stream()
			.map((prefix) -> (Callable<AcceptOutcome>) () -> this.acceptance.accept(token, null,
					new CustomerChoices(new NewTenantDetails("Race Ltd", prefix, "Ann Admin", "a-good-password"),
							false)))
			.toList());

		assertThat(attempts).allSatisfy((attempt) -> assertThat(attempt.failure()).isNull());
		List<AcceptOutcome> outcomes = attempts.stream().map(Attempt::outcome).toList();
		assertThat(outcomes).filteredOn(AcceptOutcome.Accepted.class::isInstance).hasSize(1);
		assertThat(outcomes).filteredOn((outcome) -> !(outcome instanceof AcceptOutcome.Accepted))
			.hasSize(THREADS - 1)
			.allMatch(new AcceptOutcome.AlreadyDecided(InvitationState.ACCEPTED)::equals);

		AcceptOutcome.Accepted accepted = outcomes.stream()
			.filter(AcceptOutcome.Accepted.class::isInstance)
			.map(AcceptOutcome.Accepted.class::cast)
			.findFirst()
			.orElseThrow();
		List<String> created = this.jdbc.queryForList(
				"select domain_prefix from customer where invited_by_partner_id = ?", String.class, this.partnerId);
		assertThat(created).singleElement().isIn(prefixes);
		assertThat(this.jdbc.queryForObject("select id from customer where invited_by_partner_id = ?", UUID.class,
				this.partnerId))
			.isEqualTo(accepted.tenant().customerId());
		assertThat(this.jdbc.queryForMap("select state, customer_id from invitation where id = ?", invitationId))
			.containsEntry("state", "ACCEPTED")
			.containsEntry("customer_id", accepted.tenant().customerId());
		assertThat(this.jdbc.queryForObject("select count(*) from customer_account where customer_id = ?",
				Integer.class, accepted.tenant().customerId()))
			.isOne();

		assertExactlyOneAcceptedMailReachesThePartner();
	}

	@Test
	void eightSimultaneousAcceptancesOfTwoLinksWithOnePrefixCreateOneTenant() throws Exception {
		String firstEmail = TestData.uniqueEmail("first");
		String secondEmail = TestData.uniqueEmail("second");
		UUID firstId = send(firstEmail);
		UUID secondId = send(secondEmail);
		String firstToken = tokenOf(firstEmail);
		String secondToken = tokenOf(secondEmail);
		String prefix = TestData.unique("contested").toLowerCase(Locale.ROOT);
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i < THREADS; i++) {
			tokens.add((i % 2 == 0) ? firstToken : secondToken);
		}

		List<Attempt> attempts = race(tokens.stream()
			.map((token) -> (Callable<AcceptOutcome>) () -> this.acceptance.accept(token, null,
					new CustomerChoices(new NewTenantDetails("Contested Ltd", prefix, "Ann Admin", "a-good-password"),
							false)))
			.toList());

		List<AcceptOutcome.Accepted> accepted = attempts.stream()
			.map(Attempt::outcome)
			.filter(AcceptOutcome.Accepted.class::isInstance)
			.map(AcceptOutcome.Accepted.class::cast)
			.toList();
		assertThat(accepted).hasSize(1);
		UUID customerId = accepted.get(0).tenant().customerId();
		UUID winnerId = this.jdbc.queryForObject("select id from invitation where customer_id = ?", UUID.class,
				customerId);
		assertThat(winnerId).isIn(firstId, secondId);
		UUID loserId = winnerId.equals(firstId) ? secondId : firstId;
		String winnerToken = winnerId.equals(firstId) ? firstToken : secondToken;

		for (int i = 0; i < THREADS; i++) {
			Attempt attempt = attempts.get(i);
			if (tokens.get(i).equals(winnerToken)) {
				// the winning link: one acceptance, the others find it accepted
				assertThat(attempt.failure()).isNull();
			}
			else {
				// the losing link: the prefix is taken, nothing else happens
				assertThat(attempt.failure()).isInstanceOf(DomainPrefixTakenException.class);
			}
		}
		assertThat(attempts).filteredOn((attempt) -> attempt.outcome() instanceof AcceptOutcome.AlreadyDecided)
			.extracting(Attempt::outcome)
			.hasSize(THREADS / 2 - 1)
			.allMatch(new AcceptOutcome.AlreadyDecided(InvitationState.ACCEPTED)::equals);

		assertThat(this.jdbc.queryForList("select id from customer where domain_prefix = ?", UUID.class, prefix))
			.containsExactly(customerId);
		assertThat(this.jdbc.queryForObject("select count(*) from customer_account where customer_id = ?",
				Integer.class, customerId))
			.isOne();
		assertThat(this.jdbc.queryForObject("select count(*) from customer where invited_by_partner_id = ?",
				Integer.class, this.partnerId))
			.isOne();
		// no tenant of this partner was left without its admin (other tests' data is not
		// this one's)
		assertThat(this.jdbc.queryForObject(
				"select count(*) from customer c where c.invited_by_partner_id = ? and not exists (select 1 from customer_account a where a.customer_id = c.id)",
				Integer.class, this.partnerId))
			.isZero();
		assertThat(this.jdbc.queryForMap("select state, customer_id, decided_at from invitation where id = ?", loserId))
			.satisfies((row) -> {
				assertThat(row.get("state")).isIn("SENT", "VIEWED");
				assertThat(row.get("customer_id")).isNull();
				assertThat(row.get("decided_at")).isNull();
			});
		assertThat(this.jdbc.queryForObject("select state from invitation where id = ?", String.class, winnerId))
			.isEqualTo("ACCEPTED");

		assertExactlyOneAcceptedMailReachesThePartner();
	}

	/**
	 * Runs the tasks on their own threads, all released at once, and waits for all.
	 */
	@Test
	void sixteenSimultaneousFirstViewsOfOneLinkAllShowItAndRecordOneView() throws Exception {
		String email = TestData.uniqueEmail("views");
		UUID invitationId = send(email);
		String token = tokenOf(email);

		List<Attempt> views = race(Collections.nCopies(16, (Callable<AcceptOutcome>) () -> {
			InvitationLinkView view = this.invitations.open(token);
			assertThat(view.invitation().state()).isEqualTo(InvitationState.VIEWED);
			return null;
		}));

		assertThat(views).allSatisfy((view) -> assertThat(view.failure()).isNull());
		assertThat(this.jdbc.queryForMap("select state, version from invitation where id = ?", invitationId))
			.containsEntry("state", "VIEWED");
		assertThat(this.jdbc.queryForObject("select count(*) from invitation where id = ? and viewed_at is not null",
				Integer.class, invitationId))
			.isOne();
	}

	private static List<Attempt> race(List<Callable<AcceptOutcome>> tasks) throws InterruptedException {
		ExecutorService executor = Executors.newFixedThreadPool(tasks.size());
		try {
			CountDownLatch ready = new CountDownLatch(tasks.size());
			CountDownLatch go = new CountDownLatch(1);
			List<Future<AcceptOutcome>> futures = new ArrayList<>();
			for (Callable<AcceptOutcome> task : tasks) {
				futures.add(executor.submit(() -> {
					ready.countDown();
					go.await();
					return task.call();
				}));
			}
			assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
			go.countDown();
			List<Attempt> attempts = new ArrayList<>();
			for (Future<AcceptOutcome> future : futures) {
				try {
					attempts.add(new Attempt(future.get(60, TimeUnit.SECONDS), null));
				}
				catch (ExecutionException ex) {
					attempts.add(new Attempt(null, ex.getCause()));
				}
				catch (TimeoutException ex) {
					throw new AssertionError("An acceptance did not end within 60 seconds", ex);
				}
			}
			return attempts;
		}
		finally {
			executor.shutdownNow();
		}
	}

	private void assertExactlyOneAcceptedMailReachesThePartner() {
		String recipient = this.sales.getUsername();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from mail_message where recipient = ? and template = 'trial-invitation-accepted'",
				Integer.class, recipient))
			.isOne();
		TestMailServer.awaitMail(recipient, "accepted");
		await().until(() -> this.jdbc.queryForObject(
				"select count(*) from mail_message where recipient = ? and state = 'PENDING'", Integer.class,
				recipient) == 0);
		assertThat(TestMailServer.mailsTo(recipient)).filteredOn((mail) -> subject(mail).contains("accepted"))
			.hasSize(1);
	}

	private static String subject(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private UUID send(String email) {
		return this.invitations.send(this.sales, new NewTrialInvitation(null, "Customer " + email, "Casey Contact",
				email, "en", null, List.of("BUSINESS_PREMIUM", "MAIL_PLAN_1"), false, null, null));
	}

	private static String tokenOf(String email) {
		String link = TestMailServer.invitationLink(TestMailServer.awaitMail(email, ""));
		return link.substring(link.lastIndexOf('/') + 1);
	}

	private record Attempt(AcceptOutcome outcome, Throwable failure) {
	}

}
