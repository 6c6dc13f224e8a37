package com.partnerportal.partner;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import com.partnerportal.platform.NotFoundException;
import com.partnerportal.platform.SortableColumns;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The back office's view of the partners: search and filters, a partner's users.
 */
@Service
@Transactional(readOnly = true)
public class PartnerDirectory {

	/** The columns the list may be sorted by; by name unless asked. */
	static final SortableColumns COLUMNS = SortableColumns.of(Sort.by("name"),
			PartnerQueries.SORT_COLUMNS.keySet().toArray(String[]::new));

	private final PartnerQueries queries;

	private final PartnerRepository partners;

	private final PartnerAgreements agreements;

	private final PartnerEnrollments enrollments;

	private final Clock clock;

	PartnerDirectory(PartnerQueries queries, PartnerRepository partners, PartnerAgreements agreements,
			PartnerEnrollments enrollments, Clock clock) {
		this.queries = queries;
		this.partners = partners;
		this.agreements = agreements;
		this.enrollments = enrollments;
		this.clock = clock;
	}

	/**
	 * Everything the back office's page of one partner shows of this module, in one
	 * read-only transaction (its customers, relationships, Partner-of-Record
	 * subscriptions and activity come from their own modules' fragments).
	 * @throws NotFoundException if there is no such partner
	 */
	public PartnerDetail detail(UUID partnerId) {
		Partner partner = this.partners.findById(partnerId).orElseThrow(() -> new NotFoundException("partner"));
		return new PartnerDetail(partner.toView(), partner.domain(), this.agreements.acceptancesOf(partnerId),
				this.enrollments.requestsOf(partnerId), this.queries.users(partnerId), this.enrollments.serviceCodes());
	}

	/**
	 * One page of the partners the search finds (a slice: no count query).
	 */
	public Slice<PartnerListItem> search(PartnerSearch search, Pageable pageable) {
		return this.queries.search(search, COLUMNS.sorted(pageable), this.clock.instant());
	}

	public List<PartnerUserLine> users(UUID partnerId) {
		return this.queries.users(partnerId);
	}

	/**
	 * Partners that signed an older version and have not accepted the current one.
	 */
	public long countBehindOnAgreement() {
		return this.queries.countBehind(this.clock.instant());
	}

}
