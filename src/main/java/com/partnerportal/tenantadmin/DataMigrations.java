package com.partnerportal.tenantadmin;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.partnerportal.delegation.TenantAccess;
import com.partnerportal.delegation.TenantAction;
import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.ConflictException;
import com.partnerportal.platform.ForbiddenException;
import com.partnerportal.platform.NotFoundException;
import com.partnerportal.platform.PortalUser;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Data migrations of a customer's tenant: the tenant requests one into some of its
 * mailboxes, and may cancel it until the back office schedules it.
 */
@Service
@Transactional(readOnly = true)
public class DataMigrations {

	private final DataMigrationRepository migrations;

	private final MailboxRepository mailboxes;

	private final TenantAccess tenantAccess;

	private final Clock clock;

	DataMigrations(DataMigrationRepository migrations, MailboxRepository mailboxes, TenantAccess tenantAccess,
			Clock clock) {
		this.migrations = migrations;
		this.mailboxes = mailboxes;
		this.tenantAccess = tenantAccess;
		this.clock = clock;
	}

	/**
	 * A page of the tenant's migrations, newest first. The order is the list's own: a
	 * {@code sort} the client sent is ignored.
	 */
	public Page<DataMigrationView> list(UUID customerId, Pageable pageable) {
		return this.migrations.findByCustomerIdOrderByCreatedAtDesc(customerId, TenantPages.unsorted(pageable))
			.map(DataMigration::toView);
	}

	public DataMigrationView get(UUID customerId, UUID migrationId) {
		return require(customerId, migrationId).toView();
	}

	/**
	 * Requests a migration into some of the tenant's mailboxes.
	 * @throws TenantAdminRejectedException with a time that is not in the future
	 * @throws NotFoundException if a mailbox is not the tenant's
	 */
	@Transactional
	public UUID request(UUID customerId, NewDataMigration command, PortalUser by) {
		TenantAccess.Grant grant = this.tenantAccess.checkFor(by, customerId, TenantAction.DATA_MIGRATIONS);
		List<Mailbox> chosen = this.mailboxes.findByCustomerIdAndIdIn(customerId, command.mailboxIds());
		if (chosen.size() != command.mailboxIds().size()) {
			throw new NotFoundException("mailbox");
		}
		Instant now = this.clock.instant();
		if (!command.scheduledFor().isAfter(now)) {
			throw new TenantAdminRejectedException(TenantAdminRejectedException.Reason.MIGRATION_NOT_IN_FUTURE);
		}
		DataMigration migration = new DataMigration(customerId, command.sourceSystem(),
				chosen.stream().map(Mailbox::address).toList(), command.scheduledFor(), ChangedBy.of(by, grant), now);
		this.migrations.saveAndFlush(migration);
		return migration.id();
	}

	/**
	 * Cancels a migration that is still only requested.
	 * @throws ConflictException if the migration is no longer only requested
	 */
	@Transactional
	public void cancel(UUID customerId, UUID migrationId, PortalUser by) {
		TenantAccess.Grant grant = this.tenantAccess.checkFor(by, customerId, TenantAction.DATA_MIGRATIONS);
		DataMigration migration = require(customerId, migrationId);
		if (migration.state() != MigrationState.REQUESTED) {
			throw new ConflictException("tenant.migration.cancel.not-possible");
		}
		migration.cancel(ChangedBy.of(by, grant), this.clock.instant());
		this.migrations.saveAndFlush(migration);
	}

	/**
	 * The back office's list of every tenant's migrations, newest first, optionally of
	 * one state and of one customer; no count query.
	 */
	public Slice<BackOfficeDataMigration> forBackOffice(MigrationState state, UUID customerId, Pageable pageable) {
		Pageable page = TenantPages.unsorted(pageable);
		Slice<DataMigration> slice;
		if (customerId != null) {
			slice = (state != null)
					? this.migrations.findSliceByCustomerIdAndStateOrderByCreatedAtDesc(customerId, state, page)
					: this.migrations.findSliceByCustomerIdOrderByCreatedAtDesc(customerId, page);
		}
		else {
			slice = (state != null) ? this.migrations.findSliceByStateOrderByCreatedAtDesc(state, page)
					: this.migrations.findSliceByOrderByCreatedAtDesc(page);
		}
		return slice.map(DataMigration::toBackOfficeView);
	}

	/**
	 * The back office (an admin or a support agent) moves a migration on; the customer is
	 * mailed and the change is in the activity log (both through its event).
	 * @throws ForbiddenException if the user is not of the back office
	 * @throws NotFoundException if there is no such migration
	 * @throws ConflictException if the migration may not move to {@code next}, or changed
	 * since {@code version}
	 */
	@Transactional
	public void moveOnByBackOffice(PortalUser operator, UUID migrationId, long version, MigrationState next) {
		if (operator == null || operator.kind() != AccountKind.BACK_OFFICE_ADMIN) {
			throw new ForbiddenException("support.migration.error.backOfficeOnly");
		}
		DataMigration migration = this.migrations.findById(migrationId)
			.orElseThrow(() -> new NotFoundException("data migration"));
		migration.moveOnByBackOffice(next, version, Actor.of(operator), this.clock.instant());
		this.migrations.saveAndFlush(migration);
	}

	private DataMigration require(UUID customerId, UUID migrationId) {
		return this.migrations.findByIdAndCustomerId(migrationId, customerId)
			.orElseThrow(() -> new NotFoundException("data migration"));
	}

}
