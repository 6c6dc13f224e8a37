package com.partnerportal.support;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.customer.Tenants;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.ForbiddenException;
import com.partnerportal.platform.NotFoundException;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.platform.SortableColumns;
import com.partnerportal.platform.security.BackOfficeAdmins;
import com.partnerportal.platform.security.BackOfficeUser;
import jakarta.persistence.criteria.Path;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The back office's support queue: every customer's service requests with their
 * first-response SLA, filtered and sorted, and what the support team does with one
 * (answer, assign, move on). Back-office users only (admins and support agents alike),
 * checked here as well as by the URL rules. Each change is decided on the version of the
 * request the page showed: a colleague's change in between is refused with a 409, never
 * overwritten.
 */
@Service
@Transactional(readOnly = true)
public class ServiceRequestQueue {

	/** The columns the queue may be sorted by; most urgent first unless asked. */
	static final SortableColumns COLUMNS = SortableColumns.of(
			Sort.by(Sort.Order.asc("firstResponseDueAt"), Sort.Order.asc("id")), "firstResponseDueAt", "openedAt",
			"updatedAt", "number");

	static final String UNKNOWN_ASSIGNEE = "support.queue.assignee.unknown";

	/** Where the support team may put a request when it answers. */
	public static final List<ServiceRequestState> ANSWER_STATES = List.copyOf(ServiceRequest.SUPPORT_REPLY_STATES);

	private final ServiceRequestRepository requests;

	private final ServiceRequestReplyRepository replies;

	private final Tenants customerTenants;

	private final Partners partners;

	private final BackOfficeAdmins backOffice;

	private final Clock clock;

	ServiceRequestQueue(ServiceRequestRepository requests, ServiceRequestReplyRepository replies,
			Tenants customerTenants, Partners partners, BackOfficeAdmins backOffice, Clock clock) {
		this.requests = requests;
		this.replies = replies;
		this.customerTenants = customerTenants;
		this.partners = partners;
		this.backOffice = backOffice;
		this.clock = clock;
	}

	/**
	 * A slice of the queue (no count query), most urgent first unless the request sorts
	 * by another of {@link #COLUMNS}; customer and partner names in one query each.
	 */
	public Slice<QueueEntry> queue(QueueFilter filter, Pageable pageable) {
		Instant now = this.clock.instant();
		Pageable sorted = COLUMNS.sorted(pageable);
		Slice<ServiceRequest> slice = this.requests.findBy(specification(filter, now), (query) -> query.slice(sorted));
		Set<UUID> customerIds = new HashSet<>();
		slice.forEach((request) -> customerIds.add(request.customerId()));
		Map<UUID, String> customerNames = this.customerTenants.names(customerIds);
		// the list says "opened by a partner"; the request's page names it (a query here
		// would run or not with what the page holds)
		return slice.map((request) -> request.toQueueEntry(customerNames.get(request.customerId()), null, now));
	}

	/**
	 * One request with its conversation, for its back-office page.
	 * @throws NotFoundException if there is no such request
	 */
	public QueueDetail detail(UUID requestId) {
		Instant now = this.clock.instant();
		ServiceRequest request = this.requests.findById(requestId)
			.orElseThrow(() -> new NotFoundException("service request"));
		List<ServiceRequestReply> conversation = this.replies.findByRequestIdOrderByCreatedAt(requestId);
		Set<UUID> partnerIds = new HashSet<>();
		addIfPresent(partnerIds, request.partnerId());
		conversation.forEach((reply) -> addIfPresent(partnerIds, reply.partnerId()));
		Map<UUID, String> partnerNames = this.partners.names(partnerIds);
		String customerName = this.customerTenants.names(List.of(request.customerId())).get(request.customerId());
		ServiceRequestView view = request.toView(nameOf(partnerNames, request.partnerId()));
		return new QueueDetail(request.toQueueEntry(customerName, view.partnerName(), now), view.description(),
				view.openedByName(),
				conversation.stream().map((reply) -> reply.toView(nameOf(partnerNames, reply.partnerId()))).toList(),
				List.copyOf(request.state().nextBySupport()));
	}

	/**
	 * The back-office users a request may be assigned to.
	 */
	public List<BackOfficeUser> assignees() {
		return this.backOffice.users();
	}

	/**
	 * The support team answers: the reply is stored and mailed to the customer's side,
	 * the first answer stops the SLA clock, and the request moves to {@code next}.
	 * @throws com.partnerportal.platform.ConflictException if the request is closed or
	 * changed since {@code version}
	 */
	@Transactional
	public void answer(PortalUser supportStaff, UUID requestId, long version, String body, ServiceRequestState next) {
		Author author = requireSupport(supportStaff);
		ServiceRequest request = lock(requestId);
		request.requireVersion(version);
		this.replies.save(request.answer(author, body, Objects.requireNonNull(next, "next"), this.clock.instant()));
		this.requests.save(request);
	}

	/**
	 * Assigns the request to a back-office user, or to nobody ({@code assigneeId} null).
	 * @throws UnknownAssigneeException if no back-office user has that id
	 * @throws com.partnerportal.platform.ConflictException if the request is closed,
	 * already assigned so, or changed since {@code version}
	 */
	@Transactional
	public void assign(PortalUser supportStaff, UUID requestId, long version, UUID assigneeId) {
		Author author = requireSupport(supportStaff);
		Assignee assignee = null;
		if (assigneeId != null) {
			BackOfficeUser user = this.backOffice.user(assigneeId).orElseThrow(UnknownAssigneeException::new);
			assignee = new Assignee(user.id(), user.displayName());
		}
		ServiceRequest request = lock(requestId);
		request.requireVersion(version);
		request.assign(author, assignee, this.clock.instant());
		this.requests.save(request);
	}

	/**
	 * Moves the request on without writing in it.
	 * @throws com.partnerportal.platform.ConflictException if it may not move to
	 * {@code next} or changed since {@code version}
	 */
	@Transactional
	public void changeState(PortalUser supportStaff, UUID requestId, long version, ServiceRequestState next) {
		Author author = requireSupport(supportStaff);
		ServiceRequest request = lock(requestId);
		request.requireVersion(version);
		request.changeState(author, Objects.requireNonNull(next, "next"), this.clock.instant());
		this.requests.save(request);
	}

	private ServiceRequest lock(UUID requestId) {
		return this.requests.lockById(requestId).orElseThrow(() -> new NotFoundException("service request"));
	}

	private static Author requireSupport(PortalUser user) {
		if (user == null || user.kind() != AccountKind.BACK_OFFICE_ADMIN) {
			throw new ForbiddenException(ServiceRequests.SUPPORT_ONLY);
		}
		return Author.of(user);
	}

	private static Specification<ServiceRequest> specification(QueueFilter filter, Instant now) {
		Specification<ServiceRequest> spec = (root, query, cb) -> cb.conjunction();
		if (filter.state() != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("state"), filter.state()));
		}
		if (filter.severity() != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("severity"), filter.severity()));
		}
		if (filter.cloudInstance() != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("cloudInstance"), filter.cloudInstance()));
		}
		if (filter.sla() != null) {
			spec = spec.and(sla(filter.sla(), now));
		}
		QueueFilter.AssigneeFilter assignee = (filter.assignee() != null) ? filter.assignee()
				: QueueFilter.AssigneeFilter.ANYONE;
		switch (assignee.kind()) {
			case UNASSIGNED -> spec = spec.and((root, query, cb) -> cb.and(cb.isNull(root.get("assigneeId")),
					root.get("state")
						.in(ServiceRequestState.OPEN, ServiceRequestState.IN_PROGRESS,
								ServiceRequestState.WAITING_FOR_CUSTOMER)));
			case USER -> spec = spec.and((root, query, cb) -> cb.equal(root.get("assigneeId"), assignee.userId()));
			case ANYONE -> {
			}
		}
		return spec;
	}

	/**
	 * The same rule as {@link SlaState#of}, as a query.
	 */
	private static Specification<ServiceRequest> sla(SlaState state, Instant now) {
		return (root, query, cb) -> {
			Path<Instant> due = root.get("firstResponseDueAt");
			Path<Instant> dueSoon = root.get("dueSoonAt");
			Path<Instant> stopped = root.get("slaStoppedAt");
			return switch (state) {
				case OVERDUE -> cb.and(cb.isNull(stopped), cb.lessThan(due, now));
				case DUE_SOON ->
					cb.and(cb.isNull(stopped), cb.greaterThanOrEqualTo(due, now), cb.lessThanOrEqualTo(dueSoon, now));
				case ON_TRACK -> cb.and(cb.isNull(stopped), cb.greaterThan(dueSoon, now));
				case MET -> cb.and(cb.isNotNull(stopped), cb.lessThanOrEqualTo(stopped, due));
				case MISSED -> cb.and(cb.isNotNull(stopped), cb.greaterThan(stopped, due));
			};
		};
	}

	private static String nameOf(Map<UUID, String> names, UUID partnerId) {
		return (partnerId != null) ? names.get(partnerId) : null;
	}

	private static void addIfPresent(Set<UUID> ids, UUID id) {
		if (id != null) {
			ids.add(id);
		}
	}

}
