package com.partnerportal.tenantadmin;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.partnerportal.delegation.TenantAccess;
import com.partnerportal.delegation.TenantAction;
import com.partnerportal.platform.NotFoundException;
import com.partnerportal.platform.PortalUser;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mailboxes of a customer's tenant: at most one per user, at an address in the
 * tenant's domain that no other mailbox has (ignoring case).
 */
@Service
@Transactional(readOnly = true)
public class Mailboxes {

	private final MailboxRepository mailboxes;

	private final TenantUserRepository users;

	private final TenantLookup lookup;

	private final TenantAccess tenantAccess;

	private final Clock clock;

	Mailboxes(MailboxRepository mailboxes, TenantUserRepository users, TenantLookup lookup, TenantAccess tenantAccess,
			Clock clock) {
		this.mailboxes = mailboxes;
		this.users = users;
		this.lookup = lookup;
		this.tenantAccess = tenantAccess;
		this.clock = clock;
	}

	/**
	 * A page of the tenant's mailboxes by address, with their users' names. The order is
	 * the list's own: a {@code sort} the client sent is ignored.
	 */
	public Page<MailboxView> list(UUID customerId, Pageable pageable) {
		Page<Mailbox> page = this.mailboxes.findByCustomerIdOrderByAddress(customerId, TenantPages.unsorted(pageable));
		return new PageImpl<>(views(customerId, page.getContent()), page.getPageable(), page.getTotalElements());
	}

	/**
	 * All the tenant's mailboxes by address (for pickers).
	 */
	public List<MailboxView> all(UUID customerId) {
		return views(customerId, this.mailboxes.findByCustomerIdOrderByAddress(customerId));
	}

	public MailboxView get(UUID customerId, UUID mailboxId) {
		return views(customerId, List.of(require(customerId, mailboxId))).get(0);
	}

	/**
	 * The tenant's users that have no mailbox yet, by name.
	 */
	public List<TenantUserView> usersWithoutMailbox(UUID customerId) {
		Set<UUID> withMailbox = new HashSet<>(this.mailboxes.findUserIdsWithMailbox(customerId));
		return this.lookup.userViews(customerId,
				this.users.findByCustomerIdOrderByDisplayNameAscUserNameAsc(customerId)
					.stream()
					.filter((user) -> !withMailbox.contains(user.id()))
					.toList());
	}

	/**
	 * Sets up a mailbox for a user of the tenant that has none.
	 * @throws NotFoundException if the user is not the tenant's
	 * @throws TenantAdminRejectedException if the user has a mailbox or the address is
	 * taken
	 */
	@Transactional
	public UUID create(UUID customerId, NewMailbox command, PortalUser by) {
		TenantAccess.Grant grant = this.tenantAccess.checkFor(by, customerId, TenantAction.MAILBOXES);
		String domain = this.lookup.domain(customerId);
		TenantUser user = this.users.findByIdAndCustomerId(command.userId(), customerId)
			.orElseThrow(() -> new NotFoundException("tenant user"));
		if (this.mailboxes.existsByUserId(user.id())) {
			throw new TenantAdminRejectedException(TenantAdminRejectedException.Reason.USER_HAS_MAILBOX);
		}
		String address = command.localPart() + "@" + domain;
		if (this.mailboxes.existsAddress(address)) {
			throw new TenantAdminRejectedException(TenantAdminRejectedException.Reason.MAILBOX_ADDRESS_TAKEN);
		}
		Instant now = this.clock.instant();
		Mailbox mailbox = new Mailbox(customerId, user.id(), command.localPart(), domain, command.sizeGb(),
				ChangedBy.of(by, grant), now);
		try {
			this.mailboxes.saveAndFlush(mailbox);
		}
		catch (DataIntegrityViolationException ex) {
			// set up at the same moment by someone else: for this user, or at this
			// address
			throw new TenantAdminRejectedException(TenantAdminRejectedException.Reason.MAILBOX_ADDRESS_TAKEN);
		}
		return mailbox.id();
	}

	@Transactional
	public void remove(UUID customerId, UUID mailboxId, PortalUser by) {
		TenantAccess.Grant grant = this.tenantAccess.checkFor(by, customerId, TenantAction.MAILBOXES);
		Mailbox mailbox = require(customerId, mailboxId);
		mailbox.remove(ChangedBy.of(by, grant), this.clock.instant());
		this.mailboxes.delete(mailbox);
		this.mailboxes.flush();
	}

	private Mailbox require(UUID customerId, UUID mailboxId) {
		return this.mailboxes.findByIdAndCustomerId(mailboxId, customerId)
			.orElseThrow(() -> new NotFoundException("mailbox"));
	}

	private List<MailboxView> views(UUID customerId, List<Mailbox> found) {
		if (found.isEmpty()) {
			return List.of();
		}
		Map<UUID, String> names = this.users
			.findByCustomerIdAndIdIn(customerId, found.stream().map(Mailbox::userId).toArray(UUID[]::new))
			.stream()
			.collect(Collectors.toMap(TenantUser::id, TenantUser::displayName));
		return found.stream().map((mailbox) -> mailbox.toView(names.get(mailbox.userId()))).toList();
	}

}
