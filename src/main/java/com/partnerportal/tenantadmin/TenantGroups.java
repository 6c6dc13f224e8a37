package com.partnerportal.tenantadmin;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.delegation.TenantAccess;
import com.partnerportal.delegation.TenantAction;
import com.partnerportal.platform.NotFoundException;
import com.partnerportal.platform.PortalUser;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The groups of a customer's tenant and their members (users of the same tenant).
 */
@Service
@Transactional(readOnly = true)
public class TenantGroups {

	/** The longest group name, in characters. */
	public static final int MAX_NAME = 100;

	private final TenantGroupRepository groups;

	private final TenantUserRepository users;

	private final TenantLookup lookup;

	private final TenantAccess tenantAccess;

	private final Clock clock;

	TenantGroups(TenantGroupRepository groups, TenantUserRepository users, TenantLookup lookup,
			TenantAccess tenantAccess, Clock clock) {
		this.groups = groups;
		this.users = users;
		this.lookup = lookup;
		this.tenantAccess = tenantAccess;
		this.clock = clock;
	}

	/**
	 * A page of the tenant's groups by name. The order is the list's own: a {@code sort}
	 * the client sent is ignored.
	 */
	public Page<GroupView> list(UUID customerId, Pageable pageable) {
		return this.groups.findPageOfCustomer(customerId, TenantPages.unsorted(pageable)).map(TenantGroup::toView);
	}

	public GroupView get(UUID customerId, UUID groupId) {
		return require(customerId, groupId).toView();
	}

	/**
	 * A group with its members by name, and the tenant's other users.
	 */
	public GroupDetail detail(UUID customerId, UUID groupId) {
		TenantGroup group = require(customerId, groupId);
		Set<UUID> memberIds = group.memberIds();
		List<TenantUserView> everyone = this.lookup.userViews(customerId,
				this.users.findByCustomerIdOrderByDisplayNameAscUserNameAsc(customerId));
		List<TenantUserView> members = everyone.stream()
			.filter((user) -> memberIds.contains(user.id()))
			.sorted(Comparator.comparing(TenantUserView::displayName, String.CASE_INSENSITIVE_ORDER))
			.toList();
		List<TenantUserView> candidates = everyone.stream().filter((user) -> !memberIds.contains(user.id())).toList();
		return new GroupDetail(group.toView(), members, candidates);
	}

	/**
	 * Creates a group in the tenant.
	 * @throws TenantAdminRejectedException if the tenant has a group of that name
	 * (ignoring case)
	 * @throws IllegalArgumentException if the name is blank or too long (the form says so
	 * first)
	 */
	@Transactional
	public UUID create(UUID customerId, String name, PortalUser by) {
		TenantAccess.Grant grant = this.tenantAccess.checkFor(by, customerId, TenantAction.GROUPS);
		String stripped = TenantGroup.requireName(name);
		if (this.groups.existsName(customerId, stripped)) {
			throw new TenantAdminRejectedException(TenantAdminRejectedException.Reason.GROUP_NAME_TAKEN);
		}
		Instant now = this.clock.instant();
		TenantGroup group = new TenantGroup(customerId, stripped, ChangedBy.of(by, grant), now);
		try {
			this.groups.saveAndFlush(group);
		}
		catch (DataIntegrityViolationException ex) {
			throw new TenantAdminRejectedException(TenantAdminRejectedException.Reason.GROUP_NAME_TAKEN);
		}
		return group.id();
	}

	/**
	 * Adds a tenant user to a group.
	 * @throws NotFoundException if the group or the user is not the tenant's
	 * @throws TenantAdminRejectedException if the user is a member already
	 */
	@Transactional
	public void addMember(UUID customerId, UUID groupId, UUID userId, PortalUser by) {
		TenantAccess.Grant grant = this.tenantAccess.checkFor(by, customerId, TenantAction.GROUPS);
		TenantGroup group = require(customerId, groupId);
		TenantUser user = requireUser(customerId, userId);
		if (!group.addMember(user.id(), user.address(this.lookup.domain(customerId)), ChangedBy.of(by, grant),
				this.clock.instant())) {
			throw new TenantAdminRejectedException(TenantAdminRejectedException.Reason.ALREADY_GROUP_MEMBER);
		}
		this.groups.saveAndFlush(group);
	}

	/**
	 * Removes a member from a group.
	 * @throws NotFoundException if the group or the user is not the tenant's, or the user
	 * is not a member
	 */
	@Transactional
	public void removeMember(UUID customerId, UUID groupId, UUID userId, PortalUser by) {
		TenantAccess.Grant grant = this.tenantAccess.checkFor(by, customerId, TenantAction.GROUPS);
		TenantGroup group = require(customerId, groupId);
		TenantUser user = requireUser(customerId, userId);
		if (!group.removeMember(user.id(), user.address(this.lookup.domain(customerId)), ChangedBy.of(by, grant),
				this.clock.instant())) {
			throw new NotFoundException("group member");
		}
		this.groups.saveAndFlush(group);
	}

	/**
	 * Deletes a group; its users stay.
	 */
	@Transactional
	public void delete(UUID customerId, UUID groupId, PortalUser by) {
		TenantAccess.Grant grant = this.tenantAccess.checkFor(by, customerId, TenantAction.GROUPS);
		TenantGroup group = require(customerId, groupId);
		group.delete(ChangedBy.of(by, grant), this.clock.instant());
		this.groups.delete(group);
		this.groups.flush();
	}

	private TenantGroup require(UUID customerId, UUID groupId) {
		return this.groups.findByIdAndCustomerId(groupId, customerId)
			.orElseThrow(() -> new NotFoundException("tenant group"));
	}

	private TenantUser requireUser(UUID customerId, UUID userId) {
		if (userId == null) {
			throw new NotFoundException("tenant user");
		}
		return this.users.findByIdAndCustomerId(userId, customerId)
			.orElseThrow(() -> new NotFoundException("tenant user"));
	}

}
