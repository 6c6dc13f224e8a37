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
import com.partnerportal.delegation.TenantAccess;
import com.partnerportal.delegation.TenantAction;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.ForbiddenException;
import com.partnerportal.platform.NotFoundException;
import com.partnerportal.platform.PortalUser;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The support module's API: a customer's service requests and their conversation. A
 * customer may always open one; a partner only on the customer's behalf while the tenant
 * access check lets it (checked again here, not only by the web layer). Ownership is part
 * of every query: another customer's request is not found.
 */
@Service
@Transactional(readOnly = true)
public class ServiceRequests {

	static final String SUPPORT_ONLY = "serviceRequest.error.supportOnly";

	private final ServiceRequestRepository requests;

	private final ServiceRequestReplyRepository replies;

	private final TenantAccess tenantAccess;

	private final Partners partners;

	private final Tenants customerTenants;

	private final ServiceLevels serviceLevels;

	private final Clock clock;

	ServiceRequests(ServiceRequestRepository requests, ServiceRequestReplyRepository replies, TenantAccess tenantAccess,
			Partners partners, Tenants customerTenants, ServiceLevels serviceLevels, Clock clock) {
		this.requests = requests;
		this.replies = replies;
		this.tenantAccess = tenantAccess;
		this.partners = partners;
		this.customerTenants = customerTenants;
		this.serviceLevels = serviceLevels;
		this.clock = clock;
	}

	/**
	 * The customer's admin, or a partner user on its behalf, opens a request.
	 * @throws ForbiddenException if the user may not handle the customer's service
	 * requests
	 */
	@Transactional
	public ServiceRequestView open(PortalUser actor, UUID customerId, NewServiceRequest command) {
		TenantAccess.Grant grant = this.tenantAccess.checkFor(actor, customerId, TenantAction.SERVICE_REQUESTS);
		Instant now = this.clock.instant();
		Author author = Author.of(actor, grant);
		ServiceRequest request = this.requests.save(new ServiceRequest(customerId,
				this.customerTenants.customer(customerId).cloudInstance(), this.requests.nextNumber(), command, author,
				this.serviceLevels.firstResponse(command.severity(), now), now));
		return request.toView(partnerName(request.partnerId()));
	}

	/**
	 * The customer's admin, or a partner user on its behalf, writes in a request; a
	 * resolved request is reopened.
	 * @throws NotFoundException if the request is not the customer's
	 * @throws com.partnerportal.platform.ConflictException if the request is closed
	 */
	@Transactional
	public void reply(PortalUser actor, UUID customerId, UUID requestId, String body) {
		TenantAccess.Grant grant = this.tenantAccess.checkFor(actor, customerId, TenantAction.SERVICE_REQUESTS);
		Instant now = this.clock.instant();
		Author author = Author.of(actor, grant);
		ServiceRequest request = this.requests.lockByIdAndCustomerId(requestId, customerId)
			.orElseThrow(() -> new NotFoundException("service request"));
		this.replies.save(request.reply(author, body, now));
		this.requests.save(request);
	}

	/**
	 * The customer's admin, or a partner user on its behalf, closes a request.
	 * @throws NotFoundException if the request is not the customer's
	 * @throws com.partnerportal.platform.ConflictException if it is closed already
	 */
	@Transactional
	public void close(PortalUser actor, UUID customerId, UUID requestId) {
		TenantAccess.Grant grant = this.tenantAccess.checkFor(actor, customerId, TenantAction.SERVICE_REQUESTS);
		ServiceRequest request = this.requests.lockByIdAndCustomerId(requestId, customerId)
			.orElseThrow(() -> new NotFoundException("service request"));
		request.close(Author.of(actor, grant), this.clock.instant());
		this.requests.save(request);
	}

	/**
	 * The support team (a back-office admin) answers a request and says where it stands
	 * now: {@code IN_PROGRESS}, {@code WAITING_FOR_CUSTOMER} or {@code RESOLVED}. For the
	 * back-office queue.
	 * @throws ForbiddenException if the user is not a back-office admin
	 * @throws NotFoundException if there is no such request
	 * @throws com.partnerportal.platform.ConflictException if the request is closed
	 */
	@Transactional
	public void answer(PortalUser supportStaff, UUID requestId, String body, ServiceRequestState next) {
		if (supportStaff == null || supportStaff.kind() != AccountKind.BACK_OFFICE_ADMIN) {
			throw new ForbiddenException(SUPPORT_ONLY);
		}
		Instant now = this.clock.instant();
		Author author = Author.of(supportStaff);
		ServiceRequest request = this.requests.lockById(requestId)
			.orElseThrow(() -> new NotFoundException("service request"));
		this.replies.save(request.answer(author, body, Objects.requireNonNull(next, "next"), now));
		this.requests.save(request);
	}

	/**
	 * A page of the customer's requests, most recently changed first, optionally only
	 * those in one state (partner names in one query). The order is the list's own: a
	 * {@code sort} the client sent is ignored.
	 */
	public Page<ServiceRequestView> list(UUID customerId, ServiceRequestState state, Pageable requested) {
		Pageable pageable = PageRequest.of(requested.getPageNumber(), requested.getPageSize());
		Page<ServiceRequest> page = (state != null)
				? this.requests.findByCustomerIdAndStateOrderByUpdatedAtDesc(customerId, state, pageable)
				: this.requests.findByCustomerIdOrderByUpdatedAtDesc(customerId, pageable);
		Set<UUID> partnerIds = new HashSet<>();
		page.forEach((request) -> addIfPresent(partnerIds, request.partnerId()));
		Map<UUID, String> names = this.partners.names(partnerIds);
		return page.map((request) -> request.toView(nameOf(names, request.partnerId())));
	}

	/**
	 * One of the customer's requests with its conversation: three queries, however long
	 * the conversation.
	 * @throws NotFoundException if the request is not the customer's
	 */
	public ServiceRequestDetail get(UUID customerId, UUID requestId) {
		ServiceRequest request = this.requests.findByIdAndCustomerId(requestId, customerId)
			.orElseThrow(() -> new NotFoundException("service request"));
		List<ServiceRequestReply> conversation = this.replies.findByRequestIdOrderByCreatedAt(requestId);
		Set<UUID> partnerIds = new HashSet<>();
		addIfPresent(partnerIds, request.partnerId());
		conversation.forEach((reply) -> addIfPresent(partnerIds, reply.partnerId()));
		Map<UUID, String> names = this.partners.names(partnerIds);
		return new ServiceRequestDetail(request.toView(nameOf(names, request.partnerId())),
				conversation.stream().map((reply) -> reply.toView(nameOf(names, reply.partnerId()))).toList());
	}

	private String partnerName(UUID partnerId) {
		return (partnerId != null) ? this.partners.names(List.of(partnerId)).get(partnerId) : null;
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
