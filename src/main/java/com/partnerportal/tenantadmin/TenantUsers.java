package com.partnerportal.tenantadmin;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.partnerportal.customer.CustomerView;
import com.partnerportal.customer.SubscriptionView;
import com.partnerportal.delegation.TenantAccess;
import com.partnerportal.delegation.TenantAction;
import com.partnerportal.platform.NotFoundException;
import com.partnerportal.platform.PortalUser;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The users of a customer's tenant and their licenses. A subscription never has more
 * users with a license than its license count: assignments of one tenant run one after
 * the other (a PostgreSQL advisory lock held until commit), each counting what the
 * previous ones committed. Every query names the customer: another tenant's user or
 * subscription is not found.
 */
@Service
@Transactional(readOnly = true)
public class TenantUsers {

	/** The namespace of this module's advisory locks. */
	static final int LOCK_NAMESPACE = 0x7E4A;

	private final TenantUserRepository users;

	private final TenantGroupRepository groups;

	private final MailboxRepository mailboxes;

	private final TenantLookup lookup;

	private final TenantAccess tenantAccess;

	private final Clock clock;

	TenantUsers(TenantUserRepository users, TenantGroupRepository groups, MailboxRepository mailboxes,
			TenantLookup lookup, TenantAccess tenantAccess, Clock clock) {
		this.users = users;
		this.groups = groups;
		this.mailboxes = mailboxes;
		this.lookup = lookup;
		this.tenantAccess = tenantAccess;
		this.clock = clock;
	}

	/**
	 * A page of the tenant's users, oldest first. The order is the list's own: a
	 * {@code sort} the client sent is ignored. The tenant is the one the console's page
	 * has read already (its domain makes the users' addresses): it is not read again.
	 */
	public Slice<TenantUserView> list(CustomerView tenant, Pageable pageable) {
		Slice<TenantUser> slice = this.users.findSliceByCustomerIdOrderByCreatedAtAscIdAsc(tenant.id(),
				TenantPages.unsorted(pageable));
		return new SliceImpl<>(this.lookup.userViews(tenant.domain(), tenant.id(), slice.getContent()),
				slice.getPageable(), slice.hasNext());
	}

	/**
	 * A page of the tenant's users, oldest first, with their total.
	 */
	public Page<TenantUserView> list(UUID customerId, Pageable pageable) {
		Page<TenantUser> page = this.users.findByCustomerIdOrderByCreatedAtAscIdAsc(customerId,
				TenantPages.unsorted(pageable));
		return new PageImpl<>(this.lookup.userViews(customerId, page.getContent()), page.getPageable(),
				page.getTotalElements());
	}

	/**
	 * All the tenant's users by name (for pickers).
	 */
	public List<TenantUserView> all(UUID customerId) {
		return this.lookup.userViews(customerId,
				this.users.findByCustomerIdOrderByDisplayNameAscUserNameAsc(customerId));
	}

	public TenantUserView get(UUID customerId, UUID userId) {
		return this.lookup.userView(customerId, require(customerId, userId));
	}

	/**
	 * A user with its mailbox and groups: what its page shows, and what removing it
	 * removes.
	 */
	public TenantUserDetail detail(UUID customerId, UUID userId) {
		TenantUser user = require(customerId, userId);
		MailboxView mailbox = this.mailboxes.findByUserIdAndCustomerId(userId, customerId)
			.map((found) -> found.toView(user.displayName()))
			.orElse(null);
		List<GroupView> memberOf = this.groups.findWithMember(customerId, userId)
			.stream()
			.map(TenantGroup::toView)
			.toList();
		return new TenantUserDetail(this.lookup.userView(customerId, user), mailbox, memberOf);
	}

	/**
	 * The tenant's subscriptions that licenses are assigned from (trials and paid ones),
	 * and any other that still has licenses assigned, each with the number assigned.
	 */
	public List<LicenseOption> licenseOptions(UUID customerId) {
		Map<UUID, Long> used = new HashMap<>();
		for (Object[] row : this.users.countLicensesBySubscription(customerId)) {
			used.put((UUID) row[0], ((Number) row[1]).longValue());
		}
		return this.lookup.subscriptions(customerId)
			.stream()
			.filter((subscription) -> LicenseOption.isAssignable(subscription) || used.containsKey(subscription.id()))
			.map((subscription) -> new LicenseOption(subscription, used.getOrDefault(subscription.id(), 0L)))
			.toList();
	}

	/**
	 * Adds a user with licenses of the given subscriptions.
	 * @throws TenantAdminRejectedException if the user name is taken, or a subscription
	 * has no free license or is not running
	 * @throws NotFoundException if a subscription is not the tenant's
	 */
	@Transactional
	public UUID add(UUID customerId, NewTenantUser command, PortalUser by) {
		TenantAccess.Grant grant = this.tenantAccess.checkFor(by, customerId, TenantAction.USERS);
		String domain = this.lookup.domain(customerId);
		if (this.users.existsUserName(customerId, command.userName())) {
			throw new TenantAdminRejectedException(TenantAdminRejectedException.Reason.USER_NAME_TAKEN);
		}
		Instant now = this.clock.instant();
		TenantUser user = new TenantUser(customerId, command.displayName(), command.userName(), domain,
				ChangedBy.of(by, grant), now);
		lock(customerId);
		requireFreeLicenses(customerId, command.subscriptionIds());
		user.licenseTo(command.subscriptionIds());
		try {
			this.users.saveAndFlush(user);
		}
		catch (DataIntegrityViolationException ex) {
			// another admin took the name a moment ago
			throw new TenantAdminRejectedException(TenantAdminRejectedException.Reason.USER_NAME_TAKEN);
		}
		return user.id();
	}

	/**
	 * Changes a user's display name and licenses: it holds exactly the given
	 * subscriptions' licenses from now on.
	 * @throws TenantAdminRejectedException if a newly assigned subscription has no free
	 * license or is not running
	 * @throws NotFoundException if the user or a subscription is not the tenant's
	 */
	@Transactional
	public void change(UUID customerId, UUID userId, TenantUserChange change, PortalUser by) {
		TenantAccess.Grant grant = this.tenantAccess.checkFor(by, customerId, TenantAction.USERS);
		TenantUser user = require(customerId, userId);
		lock(customerId);
		requireFreeLicenses(customerId, user.notYetHeld(change.subscriptionIds()));
		user.change(change.displayName(), change.subscriptionIds(), this.lookup.domain(customerId),
				ChangedBy.of(by, grant), this.clock.instant());
		this.users.saveAndFlush(user);
	}

	/**
	 * Removes a user with its licenses (which become free), its group memberships and its
	 * mailbox.
	 */
	@Transactional
	public void remove(UUID customerId, UUID userId, PortalUser by) {
		TenantAccess.Grant grant = this.tenantAccess.checkFor(by, customerId, TenantAction.USERS);
		TenantUser user = require(customerId, userId);
		this.groups.findWithMember(customerId, userId).forEach((group) -> group.forgetRemovedUser(userId));
		this.mailboxes.findByUserIdAndCustomerId(userId, customerId).ifPresent(this.mailboxes::delete);
		user.remove(this.lookup.domain(customerId), ChangedBy.of(by, grant), this.clock.instant());
		this.users.delete(user);
		this.users.flush();
	}

	private TenantUser require(UUID customerId, UUID userId) {
		return this.users.findByIdAndCustomerId(userId, customerId)
			.orElseThrow(() -> new NotFoundException("tenant user"));
	}

	private void lock(UUID customerId) {
		this.users.lockTenant(LOCK_NAMESPACE, customerId.hashCode());
	}

	/**
	 * Each of these subscriptions is the tenant's, running, and has a license nobody
	 * holds. Called under the tenant's lock.
	 */
	private void requireFreeLicenses(UUID customerId, Collection<UUID> subscriptionIds) {
		if (subscriptionIds.isEmpty()) {
			return;
		}
		Map<UUID, SubscriptionView> subscriptions = this.lookup.subscriptions(customerId)
			.stream()
			.collect(Collectors.toMap(SubscriptionView::id, Function.identity()));
		List<SubscriptionView> wanted = subscriptionIds.stream().map((id) -> {
			SubscriptionView subscription = subscriptions.get(id);
			if (subscription == null) {
				throw new NotFoundException("subscription");
			}
			return subscription;
		}).sorted(Comparator.comparing(SubscriptionView::createdAt)).toList();
		for (SubscriptionView subscription : wanted) {
			DefaultMessageSourceResolvable offer = new DefaultMessageSourceResolvable(subscription.offerNameKey());
			if (!LicenseOption.isAssignable(subscription)) {
				throw new TenantAdminRejectedException(TenantAdminRejectedException.Reason.LICENSE_UNAVAILABLE, offer);
			}
			if (this.users.countLicenses(customerId, subscription.id()) >= subscription.licenseCount()) {
				throw new TenantAdminRejectedException(TenantAdminRejectedException.Reason.LICENSES_ALL_ASSIGNED, offer,
						subscription.licenseCount());
			}
		}
	}

}
