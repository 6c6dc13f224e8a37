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

import org.springframework.context.ApplicationEventPublisher;
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

	private final TenantGroupRepository groups;

	private final TenantUserRepository users;

	private final TenantLookup lookup;

	private final TenantAccess tenantAccess;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TenantGroups(TenantGroupRepository groups, TenantUserRepository users, TenantLookup lookup,
			TenantAccess tenantAccess, ApplicationEventPublisher events, Clock clock) {
		this.groups = groups;
		this.users = users;
		this.lookup = lookup;
		this.tenantAccess = tenantAccess;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A page of the tenant's groups by name.
	 */
	public Page<GroupView> list(UUID customerId, Pageable pageable) {
		return this.groups.findPageOfCustomer(customerId, pageable).map(TenantGroup::toView);
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
	 */
	@Transactional
	public UUID create(UUID customerId, String name, PortalUser by) {
		this.tenantAccess.check(by, customerId, TenantAction.ADMINISTER);
		String stripped = (name != null) ? name.strip() : "";
		if (stripped.isEmpty() || stripped.length() > TenantGroup.MAX_NAME) {
			throw new TenantAdminRejectedException("name", "tenant.group.name.invalid");
		}
		if (this.groups.existsName(customerId, stripped)) {
			throw new TenantAdminRejectedException("name", "tenant.group.name.taken");
		}
		Instant now = this.clock.instant();
		TenantGroup group = new TenantGroup(customerId, stripped, now);
		try {
			this.groups.saveAndFlush(group);
		}
		catch (DataIntegrityViolationException ex) {
			throw new TenantAdminRejectedException("name", "tenant.group.name.taken");
		}
		publish(by, TenantChange.Change.GROUP_CREATED, customerId, group.id(), group.name(), now);
		return group.id();
	}

	/**
	 * Adds a tenant user to a group.
	 * @throws NotFoundException if the group or the user is not the tenant's
	 * @throws TenantAdminRejectedException if the user is a member already
	 */
	@Transactional
	public void addMember(UUID customerId, UUID groupId, UUID userId, PortalUser by) {
		this.tenantAccess.check(by, customerId, TenantAction.ADMINISTER);
		TenantGroup group = require(customerId, groupId);
		TenantUser user = requireUser(customerId, userId);
		if (!group.addMember(user.id())) {
			throw new TenantAdminRejectedException("userId", "tenant.group.member.already");
		}
		this.groups.flush();
		publish(by, TenantChange.Change.GROUP_MEMBER_ADDED, customerId, groupId, memberTarget(customerId, group, user),
				this.clock.instant());
	}

	/**
	 * Removes a member from a group.
	 * @throws NotFoundException if the group or the user is not the tenant's, or the user
	 * is not a member
	 */
	@Transactional
	public void removeMember(UUID customerId, UUID groupId, UUID userId, PortalUser by) {
		this.tenantAccess.check(by, customerId, TenantAction.ADMINISTER);
		TenantGroup group = require(customerId, groupId);
		TenantUser user = requireUser(customerId, userId);
		if (!group.removeMember(user.id())) {
			throw new NotFoundException("group member");
		}
		this.groups.flush();
		publish(by, TenantChange.Change.GROUP_MEMBER_REMOVED, customerId, groupId,
				memberTarget(customerId, group, user), this.clock.instant());
	}

	/**
	 * Deletes a group; its users stay.
	 */
	@Transactional
	public void delete(UUID customerId, UUID groupId, PortalUser by) {
		this.tenantAccess.check(by, customerId, TenantAction.ADMINISTER);
		TenantGroup group = require(customerId, groupId);
		this.groups.delete(group);
		this.groups.flush();
		publish(by, TenantChange.Change.GROUP_DELETED, customerId, groupId, group.name(), this.clock.instant());
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

	private String memberTarget(UUID customerId, TenantGroup group, TenantUser user) {
		return group.name() + ": " + user.address(this.lookup.domain(customerId));
	}

	private void publish(PortalUser by, TenantChange.Change change, UUID customerId, UUID subjectId, String target,
			Instant now) {
		this.events.publishEvent(TenantChange.by(by, change, customerId, subjectId, target, now));
	}

}
