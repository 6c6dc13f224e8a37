package com.partnerportal.partner;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import com.partnerportal.catalog.Catalog;
import com.partnerportal.catalog.OfferView;
import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.ConflictException;
import com.partnerportal.platform.ForbiddenException;
import com.partnerportal.platform.NotFoundException;
import com.partnerportal.platform.PortalUser;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Program enrollments and authorized service types: the partner asks to enrol in a
 * program, the back office grants or declines, and changes both with a reason.
 */
@Service
@Transactional(readOnly = true)
public class PartnerEnrollments {

	private final PartnerRepository partners;

	private final EnrollmentRequestRepository requests;

	private final Catalog catalog;

	private final Clock clock;

	PartnerEnrollments(PartnerRepository partners, EnrollmentRequestRepository requests, Catalog catalog, Clock clock) {
		this.partners = partners;
		this.requests = requests;
		this.catalog = catalog;
		this.clock = clock;
	}

	/**
	 * The service types a partner may be authorized for: those the catalog's offers are
	 * made of.
	 */
	public Set<String> serviceCodes() {
		Set<String> codes = new TreeSet<>();
		for (OfferView offer : this.catalog.allOffers()) {
			codes.addAll(offer.serviceCodes());
		}
		return codes;
	}

	public List<EnrollmentRequestView> requestsOf(UUID partnerId) {
		return this.requests.findTop20ByPartnerIdOrderByRequestedAtDesc(partnerId)
			.stream()
			.map(EnrollmentRequest::toView)
			.toList();
	}

	/**
	 * A partner admin asks for its partner's enrollment in a program.
	 * @throws ForbiddenException if the user is not a partner admin
	 * @throws ConflictException if the partner is enrolled already or has asked already
	 */
	@Transactional
	public UUID request(PortalUser user, Program program) {
		if (user.kind() != AccountKind.PARTNER_USER || !user.hasRole(PartnerRole.PARTNER_ADMIN.name())) {
			throw new ForbiddenException("partner.enrollment.admin-only");
		}
		Partner partner = this.partners.findForUpdate(user.organizationId())
			.orElseThrow(() -> new NotFoundException("partner"));
		if (partner.standing() == Standing.SUSPENDED) {
			throw new PartnerRefusedException("partner.standing.suspended.page", partner.standingReason());
		}
		if (partner.isEnrolledIn(program)) {
			throw new ConflictException("partner.enrollment.already-enrolled");
		}
		if (this.requests.existsByPartnerIdAndProgramAndState(partner.id(), program,
				EnrollmentRequestState.REQUESTED)) {
			throw new ConflictException("partner.enrollment.already-requested");
		}
		try {
			return this.requests
				.saveAndFlush(new EnrollmentRequest(partner.id(), program, Actor.of(user), this.clock.instant()))
				.id();
		}
		catch (DataIntegrityViolationException concurrentRequest) {
			throw new ConflictException("partner.enrollment.already-requested");
		}
	}

	/**
	 * Grants (enrolling the partner) or declines (with a reason) a partner's request.
	 * @throws ConflictException if it was decided already, or a decline has no reason
	 */
	@Transactional
	public void decide(PortalUser admin, UUID partnerId, UUID requestId, boolean grant, String reason) {
		Partner partner = this.partners.findForUpdate(partnerId).orElseThrow(() -> new NotFoundException("partner"));
		EnrollmentRequest request = this.requests.findByIdAndPartnerId(requestId, partnerId)
			.orElseThrow(() -> new NotFoundException("enrollment request"));
		try {
			request.decide(grant, reason, Actor.of(admin), this.clock.instant());
		}
		catch (IllegalPartnerChangeException ex) {
			throw new ConflictException(ex.messageKey());
		}
		if (grant) {
			partner.enroll(request.program());
			this.partners.save(partner);
		}
		this.requests.save(request);
	}

	/**
	 * Replaces a partner's program enrollments and authorized service types, for a
	 * reason.
	 * @throws ConflictException if nothing changes, a service type is unknown, or the
	 * reason is missing
	 */
	@Transactional
	public void change(PortalUser admin, UUID partnerId, Collection<Program> programs, Collection<String> serviceCodes,
			String reason) {
		Set<String> known = serviceCodes();
		Set<String> codes = new TreeSet<>(serviceCodes);
		if (!known.containsAll(codes)) {
			throw new ConflictException("admin.partner.services.unknown");
		}
		Partner partner = this.partners.findForUpdate(partnerId).orElseThrow(() -> new NotFoundException("partner"));
		try {
			partner.changeEnrollments(programs.isEmpty() ? EnumSet.noneOf(Program.class) : EnumSet.copyOf(programs),
					codes, reason, Actor.of(admin), this.clock.instant());
		}
		catch (IllegalPartnerChangeException ex) {
			throw new ConflictException(ex.messageKey());
		}
		this.partners.save(partner);
	}

}
