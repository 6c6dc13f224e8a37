package com.partnerportal.support;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.platform.AggregateRoot;
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

	@Version
	private long version;

	/** What changed since the aggregate was loaded, published when it is saved. */

	protected ServiceRequest() {
	}

	ServiceRequest(UUID customerId, long number, NewServiceRequest details, Author author, Instant now) {
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
		registerEvent(new ServiceRequestOpened(this.id, customerId, author.partnerId(), reference(), this.title,
				this.state, author.name(), author.actor(), now));
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
				this.state, author.name(), author.actor(), now));
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
		registerEvent(new ServiceRequestClosed(this.id, this.customerId, author.partnerId(), reference(), this.title,
				this.state, author.name(), author.actor(), now));
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

	ServiceRequestView toView(String partnerName) {
		return new ServiceRequestView(this.id, this.customerId, this.number, this.title, this.description,
				this.category, this.severity, this.state, this.openedByKind, this.openedByName, this.partnerId,
				partnerName, this.openedAt, this.updatedAt);
	}

}
