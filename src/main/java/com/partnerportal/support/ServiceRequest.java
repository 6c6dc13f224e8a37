package com.partnerportal.support;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.platform.AggregateRoot;
import com.partnerportal.platform.CloudInstance;
import com.partnerportal.platform.ConflictException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A support ticket of one customer to the operator. Guards its own lifecycle: nothing is
 * written in a closed request; a reply from the customer's side (the customer or its
 * partner) brings a request the support team answered back to the team; the support team
 * says where the request stands with each of its replies. Each change registers a
 * past-tense event, published when the request is saved.
 */
@Entity
@Table(name = "service_request")
class ServiceRequest extends AggregateRoot<ServiceRequest> {

	static final String CLOSED_NO_REPLY = "serviceRequest.error.closed";

	static final String ALREADY_CLOSED = "serviceRequest.error.alreadyClosed";

	static final String ILLEGAL_TRANSITION = "support.queue.error.transition";

	static final String STALE = "support.queue.error.stale";

	/** Where the support team may put a request when it replies. */
	static final Set<ServiceRequestState> SUPPORT_REPLY_STATES = EnumSet.of(ServiceRequestState.IN_PROGRESS,
			ServiceRequestState.WAITING_FOR_CUSTOMER, ServiceRequestState.RESOLVED);

	@Id
	private UUID id;

	private UUID customerId;

	private long number;

	private String title;

	private String description;

	@Enumerated(EnumType.STRING)
	private ServiceRequestCategory category;

	@Enumerated(EnumType.STRING)
	private ServiceRequestSeverity severity;

	@Enumerated(EnumType.STRING)
	private ServiceRequestState state;

	@Enumerated(EnumType.STRING)
	private AuthorKind openedByKind;

	private UUID openedById;

	private String openedByName;

	private UUID partnerId;

	private Instant openedAt;

	private Instant updatedAt;

	@Enumerated(EnumType.STRING)
	private CloudInstance cloudInstance;

	private Instant firstResponseDueAt;

	private Instant dueSoonAt;

	private Instant firstResponseAt;

	/** When the SLA clock stopped: the first answer, or closing before it. */
	private Instant slaStoppedAt;

	private UUID assigneeId;

	private String assigneeName;

	@Version
	private long version;

	/** What changed since the aggregate was loaded, published when it is saved. */

	protected ServiceRequest() {
	}

	ServiceRequest(UUID customerId, CloudInstance cloudInstance, long number, NewServiceRequest details, Author author,
			FirstResponseDeadline deadline, Instant now) {
		if (!author.kind().isCustomerSide()) {
			throw new IllegalArgumentException("Service requests are opened by the customer or its partner");
		}
		this.id = UUID.randomUUID();
		this.customerId = customerId;
		this.number = number;
		this.title = details.title();
		this.description = details.description();
		this.category = details.category();
		this.severity = details.severity();
		this.state = ServiceRequestState.OPEN;
		this.openedByKind = author.kind();
		this.openedById = author.id();
		this.openedByName = author.name();
		this.partnerId = author.partnerId();
		this.openedAt = now;
		this.updatedAt = now;
		this.cloudInstance = cloudInstance;
		this.firstResponseDueAt = deadline.dueAt();
		this.dueSoonAt = deadline.dueSoonAt();
		registerEvent(new ServiceRequestOpened(this.id, customerId, author.partnerId(), reference(), this.title,
				this.state, author.name(), author.actor(), now, author.role()));
	}

	/**
	 * The customer or its partner writes: a request waiting for the customer goes back to
	 * the support team, a resolved one is reopened.
	 * @throws ConflictException if the request is closed
	 */
	ServiceRequestReply reply(Author author, String body, Instant now) {
		if (!author.kind().isCustomerSide()) {
			throw new IllegalArgumentException("The support team replies with answer(...)");
		}
		requireNotClosed(CLOSED_NO_REPLY);
		ServiceRequestReply reply = new ServiceRequestReply(this.id, author, body, now);
		this.state = switch (this.state) {
			case WAITING_FOR_CUSTOMER -> ServiceRequestState.IN_PROGRESS;
			case RESOLVED -> ServiceRequestState.OPEN;
			default -> this.state;
		};
		this.updatedAt = now;
		registerEvent(new ServiceRequestReplied(this.id, this.customerId, author.partnerId(), reference(), this.title,
				this.state, author.name(), author.actor(), now, author.role()));
		return reply;
	}

	/**
	 * The support team writes and says where the request stands now.
	 * @throws ConflictException if the request is closed
	 */
	ServiceRequestReply answer(Author supportStaff, String body, ServiceRequestState next, Instant now) {
		if (supportStaff.kind() != AuthorKind.BACK_OFFICE_ADMIN) {
			throw new IllegalArgumentException("Only the support team answers");
		}
		if (!SUPPORT_REPLY_STATES.contains(next)) {
			throw new IllegalArgumentException("The support team cannot put a request in state " + next);
		}
		requireNotClosed(CLOSED_NO_REPLY);
		ServiceRequestReply reply = new ServiceRequestReply(this.id, supportStaff, body, now);
		this.state = next;
		this.updatedAt = now;
		if (this.firstResponseAt == null) {
			this.firstResponseAt = now;
		}
		stopSlaClock(now);
		registerEvent(new ServiceRequestAnswered(this.id, this.customerId, supportStaff.partnerId(), reference(),
				this.title, this.state, supportStaff.name(), supportStaff.actor(), now));
		return reply;
	}

	/**
	 * The customer or its partner closes the request.
	 * @throws ConflictException if the request is closed already
	 */
	void close(Author author, Instant now) {
		if (!author.kind().isCustomerSide()) {
			throw new IllegalArgumentException("The customer or its partner closes a request");
		}
		requireNotClosed(ALREADY_CLOSED);
		this.state = ServiceRequestState.CLOSED;
		this.updatedAt = now;
		stopSlaClock(now);
		registerEvent(new ServiceRequestClosed(this.id, this.customerId, author.partnerId(), reference(), this.title,
				this.state, author.name(), author.actor(), now, author.role()));
	}

	/**
	 * The support team assigns the request to one of its users, or to nobody
	 * ({@code assignee} null).
	 * @throws ConflictException if the request is closed, or already assigned so
	 */
	void assign(Author supportStaff, Assignee assignee, Instant now) {
		requireSupport(supportStaff);
		requireNotClosed(ALREADY_CLOSED);
		UUID next = (assignee != null) ? assignee.id() : null;
		if (Objects.equals(next, this.assigneeId)) {
			throw new ConflictException("support.queue.error.sameAssignee", reference());
		}
		this.assigneeId = next;
		this.assigneeName = (assignee != null) ? assignee.name() : null;
		this.updatedAt = now;
		registerEvent(new ServiceRequestAssigned(this.id, this.customerId, null, reference(), this.title, this.state,
				supportStaff.name(), supportStaff.actor(), now, this.assigneeId, this.assigneeName));
	}

	/**
	 * The support team moves the request on without writing in it (see
	 * {@link ServiceRequestState#nextBySupport()}).
	 * @throws ConflictException if the request may not move to that state
	 */
	void changeState(Author supportStaff, ServiceRequestState next, Instant now) {
		requireSupport(supportStaff);
		if (!this.state.nextBySupport().contains(next)) {
			throw new ConflictException(ILLEGAL_TRANSITION, reference());
		}
		ServiceRequestState previous = this.state;
		this.state = next;
		this.updatedAt = now;
		if (next.isClosed()) {
			stopSlaClock(now);
		}
		registerEvent(new ServiceRequestStateChanged(this.id, this.customerId, null, reference(), this.title,
				this.state, supportStaff.name(), supportStaff.actor(), now, previous));
	}

	/**
	 * Refuses a change decided on an older version of the request (another agent changed
	 * it since the page was shown).
	 * @throws ConflictException if {@code expected} is not the current version
	 */
	void requireVersion(long expected) {
		if (expected != this.version) {
			throw new ConflictException(STALE, reference());
		}
	}

	private static void requireSupport(Author author) {
		if (author.kind() != AuthorKind.BACK_OFFICE_ADMIN) {
			throw new IllegalArgumentException("Only the support team does this");
		}
	}

	private void stopSlaClock(Instant now) {
		if (this.slaStoppedAt == null) {
			this.slaStoppedAt = now;
		}
	}

	private void requireNotClosed(String messageKey) {
		if (this.state.isClosed()) {
			throw new ConflictException(messageKey, reference());
		}
	}

	UUID id() {
		return this.id;
	}

	UUID customerId() {
		return this.customerId;
	}

	UUID partnerId() {
		return this.partnerId;
	}

	String title() {
		return this.title;
	}

	ServiceRequestState state() {
		return this.state;
	}

	AuthorKind openedByKind() {
		return this.openedByKind;
	}

	UUID openedById() {
		return this.openedById;
	}

	String reference() {
		return ServiceRequestView.reference(this.number);
	}

	UUID assigneeId() {
		return this.assigneeId;
	}

	long version() {
		return this.version;
	}

	/**
	 * The request's first-response SLA at {@code now}.
	 */
	Sla sla(Instant now) {
		return new Sla(SlaState.of(this.firstResponseDueAt, this.dueSoonAt, this.slaStoppedAt, now),
				this.firstResponseDueAt, this.firstResponseAt);
	}

	QueueEntry toQueueEntry(String customerName, String partnerName, Instant now) {
		return new QueueEntry(this.id, this.number, this.title, this.customerId, customerName, this.cloudInstance,
				this.category, this.severity, this.state, this.openedByKind, partnerName, this.openedAt, this.updatedAt,
				sla(now), this.assigneeId, this.assigneeName, this.version);
	}

	ServiceRequestView toView(String partnerName) {
		return new ServiceRequestView(this.id, this.customerId, this.number, this.title, this.description,
				this.category, this.severity, this.state, this.openedByKind, this.openedByName, this.partnerId,
				partnerName, this.openedAt, this.updatedAt);
	}

}
