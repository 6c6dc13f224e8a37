package com.partnerportal.tenantadmin;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.platform.Actor;
import com.partnerportal.platform.AggregateRoot;
import com.partnerportal.platform.ConflictException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A request to move mail from another system into some of the tenant's mailboxes at a
 * time in the future. It keeps the addresses, not the mailboxes: a mailbox removed later
 * does not change the record.
 */
@Entity
@Table(name = "data_migration")
class DataMigration extends AggregateRoot<DataMigration> {

	@Id
	private UUID id;

	private UUID customerId;

	@Enumerated(EnumType.STRING)
	private SourceSystem sourceSystem;

	@ElementCollection
	@CollectionTable(name = "data_migration_mailbox", joinColumns = @JoinColumn(name = "migration_id"))
	@Column(name = "address")
	private Set<String> mailboxes = new HashSet<>();

	private Instant scheduledFor;

	@Enumerated(EnumType.STRING)
	private MigrationState state;

	private String requestedByName;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	/** What changed since the aggregate was loaded, published when it is saved. */

	protected DataMigration() {
	}

	/**
	 * A migration requested for the given mailboxes.
	 * @throws IllegalArgumentException without a mailbox, or with a time that is not in
	 * the future
	 */
	DataMigration(UUID customerId, SourceSystem sourceSystem, Collection<String> mailboxes, Instant scheduledFor,
			ChangedBy by, Instant now) {
		if (sourceSystem == null || mailboxes == null || mailboxes.isEmpty()) {
			throw new IllegalArgumentException("A data migration needs a source system and at least one mailbox");
		}
		if (scheduledFor == null || !scheduledFor.isAfter(now)) {
			throw new IllegalArgumentException("A data migration is scheduled in the future");
		}
		this.id = UUID.randomUUID();
		this.customerId = customerId;
		this.sourceSystem = sourceSystem;
		this.mailboxes.addAll(mailboxes);
		this.scheduledFor = scheduledFor;
		this.state = MigrationState.REQUESTED;
		this.requestedByName = by.actor().name();
		this.createdAt = now;
		this.updatedAt = now;
		registerEvent(
				new DataMigrationRequested(this.id, customerId, by.partnerId(), summary(), by.actor(), now, by.role()));
	}

	/**
	 * The tenant withdraws its request; only while nobody has scheduled it yet.
	 * @throws IllegalStateException in any other state
	 */
	void cancel(ChangedBy by, Instant now) {
		if (this.state != MigrationState.REQUESTED) {
			throw new IllegalStateException("Migration " + this.id + " is " + this.state + " and cannot be cancelled");
		}
		moveTo(MigrationState.CANCELLED, now);
		registerEvent(new DataMigrationCancelled(this.id, this.customerId, by.partnerId(), summary(), by.actor(), now,
				by.role()));
	}

	/**
	 * The back office moves the migration on (scheduled, in progress, completed) or marks
	 * it failed, decided on the version its page showed.
	 * @throws ConflictException if the migration changed since {@code expectedVersion},
	 * or may not move to {@code next}
	 */
	void moveOnByBackOffice(MigrationState next, long expectedVersion, Actor operator, Instant now) {
		if (expectedVersion != this.version) {
			throw new ConflictException("support.migration.error.stale");
		}
		if (!this.state.nextByBackOffice().contains(next)) {
			throw new ConflictException("support.migration.error.transition");
		}
		MigrationState previous = this.state;
		moveTo(next, now);
		registerEvent(new DataMigrationStateChanged(this.id, this.customerId, null, summary(), previous, next, operator,
				now));
	}

	/**
	 * Moves the migration to its next state.
	 * @throws IllegalStateException if the migration may not move to that state
	 */
	void moveTo(MigrationState next, Instant now) {
		if (!this.state.canMoveTo(next)) {
			throw new IllegalStateException("Migration " + this.id + " cannot move from " + this.state + " to " + next);
		}
		this.state = next;
		this.updatedAt = now;
	}

	UUID id() {
		return this.id;
	}

	MigrationState state() {
		return this.state;
	}

	String summary() {
		return this.sourceSystem + ": " + String.join(", ", sortedMailboxes());
	}

	UUID customerId() {
		return this.customerId;
	}

	BackOfficeDataMigration toBackOfficeView() {
		return new BackOfficeDataMigration(toView(), this.version, List.copyOf(this.state.nextByBackOffice()));
	}

	DataMigrationView toView() {
		return new DataMigrationView(this.id, this.customerId, this.sourceSystem, sortedMailboxes(), this.scheduledFor,
				this.state, this.requestedByName, this.createdAt, this.updatedAt);
	}

	private List<String> sortedMailboxes() {
		return this.mailboxes.stream().sorted().toList();
	}

}
