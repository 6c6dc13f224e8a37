package com.partnerportal.onboarding;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.partnerportal.platform.CloudInstance;
import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PartnerApplicationRepository extends JpaRepository<PartnerApplication, UUID> {

	/**
	 * The application, locked until the transaction ends: two reviewers deciding at once
	 * are decided one after the other, and the second finds it decided.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from PartnerApplication a where a.id = ?1")
	Optional<PartnerApplication> lockById(UUID id);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from PartnerApplication a where a.linkTokenHash = ?1")
	Optional<PartnerApplication> lockByLinkTokenHash(String linkTokenHash);

	Optional<PartnerApplication> findByLinkTokenHash(String linkTokenHash);

	/**
	 * The applications that hold the domain (open ones) or keep it waiting (rejected
	 * until {@code reapplyAfter} later than {@code now}).
	 */
	@Query("select a from PartnerApplication a where a.domain = ?1 and (a.state in ?2 or (a.state = com.partnerportal.onboarding.ApplicationState.REJECTED and a.reapplyAfter > ?3))")
	List<PartnerApplication> findBlocking(String domain, java.util.Collection<ApplicationState> open, Instant now);

	@Query("select a from PartnerApplication a where lower(a.contactEmail) = lower(?1) and a.state = com.partnerportal.onboarding.ApplicationState.UNVERIFIED")
	List<PartnerApplication> findUnverifiedByContactEmail(String contactEmail);

	@Query("""
			select new com.partnerportal.onboarding.ApplicationListItem(a.id, a.legalName, a.domain, a.cloudInstance,
			  a.contactEmail, a.contactOutsideDomain, a.state, a.createdAt, a.submittedAt)
			from PartnerApplication a
			where (?1 is null or a.state = ?1)
			  and (?2 is null or a.cloudInstance = ?2)
			  and (?3 = false or a.contactOutsideDomain = true)
			  and (?4 = '' or lower(a.legalName) like ?4 escape '\\' or a.domain like ?4 escape '\\'
			       or lower(a.contactEmail) like ?4 escape '\\')
			""")
	Slice<ApplicationListItem> search(ApplicationState state, CloudInstance cloudInstance, boolean flaggedOnly,
			String pattern, Pageable pageable);

	long countByState(ApplicationState state);

}
