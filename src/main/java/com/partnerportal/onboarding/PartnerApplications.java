package com.partnerportal.onboarding;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import com.partnerportal.availability.FeatureAvailability;
import com.partnerportal.availability.FeatureStatus;
import com.partnerportal.availability.PartnerFeature;
import com.partnerportal.partner.PartnerDomains;
import com.partnerportal.partner.PartnerEnrollments;
import com.partnerportal.partner.PartnerTeam;
import com.partnerportal.partner.Partners;
import com.partnerportal.partner.Program;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.CloudInstance;
import com.partnerportal.platform.ConflictException;
import com.partnerportal.platform.NotFoundException;
import com.partnerportal.platform.SecureTokens;
import com.partnerportal.platform.SecureTokens.IssuedToken;
import com.partnerportal.platform.SortableColumns;
import com.partnerportal.platform.web.SupportedLanguages;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications to join the partner network, from the public form to the back office's
 * decision. One home for the rules: the feature switched per cloud instance, one open
 * application per domain and none for a partner's domain, the waiting period after a
 * rejection, the resend delay, single-use expiring links; approval makes exactly one
 * partner (the application is locked while it is decided).
 */
@Service
@Transactional(readOnly = true)
public class PartnerApplications {

	/** The columns the list may be sorted by; newest submitted first unless asked. */
	static final SortableColumns COLUMNS = SortableColumns.of(Sort.by(Sort.Direction.DESC, "submittedAt"),
			"submittedAt", "createdAt", "legalName", "domain");

	private final PartnerApplicationRepository applications;

	private final FeatureAvailability availability;

	private final PartnerDomains partnerDomains;

	private final Partners partners;

	private final PartnerTeam team;

	private final PartnerEnrollments enrollments;

	private final ApplicationMails mails;

	private final OnboardingProperties properties;

	private final Clock clock;

	PartnerApplications(PartnerApplicationRepository applications, FeatureAvailability availability,
			PartnerDomains partnerDomains, Partners partners, PartnerTeam team, PartnerEnrollments enrollments,
			ApplicationMails mails, OnboardingProperties properties, Clock clock) {
		this.applications = applications;
		this.availability = availability;
		this.partnerDomains = partnerDomains;
		this.partners = partners;
		this.team = team;
		this.enrollments = enrollments;
		this.mails = mails;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * The service types a company may apply for.
	 */
	public Set<String> serviceCodes() {
		return this.enrollments.serviceCodes();
	}

	/**
	 * Whether applications are open in each cloud instance (and why not, if not).
	 */
	public List<FeatureStatus> availabilityByInstance() {
		return Arrays.stream(CloudInstance.values())
			.map((instance) -> this.availability.status(PartnerFeature.PARTNER_APPLICATIONS, instance))
			.toList();
	}

	/**
	 * Records an application and mails its contact the verification link.
	 * @throws ApplicationRefusedException tied to the field at fault: applications closed
	 * in that cloud instance, a domain that is a partner's, has an open application or
	 * waits after a rejection, an unknown service type
	 */
	@Transactional
	public UUID apply(NewApplication application) {
		FeatureStatus status = this.availability.status(PartnerFeature.PARTNER_APPLICATIONS,
				application.cloudInstance());
		if (!status.isAvailable()) {
			throw new ApplicationRefusedException("cloudInstance", "onboarding.apply.instanceClosed",
					status.reason(SupportedLanguages.of(application.language())));
		}
		if (!serviceCodes().containsAll(application.serviceCodes())) {
			throw new ApplicationRefusedException("serviceCodes", "onboarding.apply.services.unknown");
		}
		String domain = PartnerApplication.normalizedDomain(application.domain());
		if (this.partnerDomains.isTaken(domain)) {
			throw new ApplicationRefusedException("domain", "onboarding.apply.domain.partner");
		}
		Instant now = this.clock.instant();
		for (PartnerApplication blocking : this.applications.findBlocking(domain, ApplicationState.OPEN, now)) {
			if (blocking.lapseIfExpired(now)) {
				this.applications.saveAndFlush(blocking);
				continue;
			}
			if (blocking.state() == ApplicationState.REJECTED) {
				throw new ApplicationRefusedException("domain", "onboarding.apply.domain.waiting",
						DateTimeFormatter.ISO_LOCAL_DATE.format(blocking.reapplyAfter().atOffset(ZoneOffset.UTC)));
			}
			throw new ApplicationRefusedException("domain", "onboarding.apply.domain.open");
		}
		IssuedToken token = SecureTokens.issue();
		PartnerApplication created = new PartnerApplication(application, token.hash(),
				now.plus(this.properties.verificationValidity()), now);
		try {
			this.applications.saveAndFlush(created);
		}
		catch (DataIntegrityViolationException ex) {
			// another application for the same domain was recorded at the same moment
			throw new ApplicationRefusedException("domain", "onboarding.apply.domain.open");
		}
		this.mails.queueVerification(created, token.token());
		return created.id();
	}

	/**
	 * A new verification mail for the unverified application of this contact, if any and
	 * if the last one is old enough. The caller answers the same whether there is one or
	 * not.
	 * @throws ApplicationRefusedException if the last mail is too recent
	 */
	@Transactional
	public void resendVerification(String contactEmail) {
		Instant now = this.clock.instant();
		for (PartnerApplication application : this.applications
			.findUnverifiedByContactEmail((contactEmail != null) ? contactEmail.strip() : "")) {
			IssuedToken token = SecureTokens.issue();
			try {
				application.resendVerification(token.hash(), now.plus(this.properties.verificationValidity()),
						this.properties.resendDelay(), now);
			}
			catch (IllegalApplicationChangeException ex) {
				throw new ApplicationRefusedException("contactEmail", ex.messageKey(),
						this.properties.resendDelay().toMinutes());
			}
			this.applications.save(application);
			this.mails.queueVerification(application, token.token());
		}
	}

	/**
	 * The application a link is for, if the link is usable now (a GET shows it, changes
	 * nothing).
	 */
	public Optional<ApplicationDetail> byLink(String token) {
		if (!SecureTokens.looksValid(token)) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		return this.applications.findByLinkTokenHash(SecureTokens.hash(token))
			.filter((application) -> application.linkUsableAt(now))
			.map(PartnerApplication::toDetail);
	}

	/**
	 * The contact confirms its email by the link: the application goes to review.
	 * @throws NotFoundException if the link is unknown, expired or used
	 */
	@Transactional
	public ApplicationDetail verify(String token) {
		PartnerApplication application = lockedByLink(token);
		try {
			application.verify(this.clock.instant());
		}
		catch (IllegalApplicationChangeException ex) {
			throw new NotFoundException("application link");
		}
		return this.applications.save(application).toDetail();
	}

	/**
	 * The applicant changes the fields the back office named, by the link.
	 * @throws NotFoundException if the link is unknown, expired or used
	 * @throws ApplicationRefusedException if a new value breaks a rule
	 */
	@Transactional
	public void change(String token, ApplicationChanges changes) {
		PartnerApplication application = lockedByLink(token);
		if (application.requestedFields().contains(ApplicationField.SERVICES)
				&& !serviceCodes().containsAll(changes.serviceCodes())) {
			throw new ApplicationRefusedException("serviceCodes", "onboarding.apply.services.unknown");
		}
		try {
			application.applyChanges(changes, this.clock.instant());
		}
		catch (IllegalApplicationChangeException ex) {
			throw new NotFoundException("application link");
		}
		this.applications.save(application);
	}

	private PartnerApplication lockedByLink(String token) {
		if (!SecureTokens.looksValid(token)) {
			throw new NotFoundException("application link");
		}
		return this.applications.lockByLinkTokenHash(SecureTokens.hash(token))
			.orElseThrow(() -> new NotFoundException("application link"));
	}

	/**
	 * One page of the back office's list (a slice: no count query).
	 */
	public Slice<ApplicationListItem> search(ApplicationSearch search, Pageable pageable) {
		String text = (search.text() != null) ? search.text().strip().toLowerCase(Locale.ROOT) : "";
		String pattern = text.isEmpty() ? ""
				: "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return this.applications.search(search.state(), search.cloudInstance(), search.flaggedOnly(), pattern,
				COLUMNS.sorted(pageable));
	}

	public ApplicationDetail detail(UUID id) {
		return this.applications.findById(id)
			.map(PartnerApplication::toDetail)
			.orElseThrow(() -> new NotFoundException("application"));
	}

	/**
	 * Whether a partner has the application's domain already (shown to the reviewer).
	 */
	public boolean domainIsPartner(ApplicationDetail application) {
		return this.partnerDomains.isTaken(application.domain());
	}

	/**
	 * Applications waiting for review, for the back office's home.
	 */
	public long countWaiting() {
		return this.applications.countByState(ApplicationState.SUBMITTED);
	}

	/**
	 * Approves the application: the partner exists with the approved programs and service
	 * types (a subset of those applied for), and its contact is its first partner admin,
	 * who gets a set-password link. Two reviewers at once make one partner: the
	 * application is locked, and the second finds it decided.
	 * @return the new partner's id
	 * @throws ConflictException if it was decided already, or the domain or the contact's
	 * email belongs to a partner already
	 */
	@Transactional
	public UUID approve(Actor reviewer, UUID id, Set<Program> programs, Set<String> serviceCodes) {
		PartnerApplication application = locked(id);
		if (application.state() != ApplicationState.SUBMITTED) {
			throw new ConflictException("onboarding.review.decided");
		}
		if (!application.programs().containsAll(programs) || !application.serviceCodes().containsAll(serviceCodes)) {
			throw new ConflictException("onboarding.review.approve.notApplied");
		}
		if (this.partnerDomains.isTaken(application.domain())) {
			throw new ConflictException("onboarding.apply.domain.partner");
		}
		UUID partnerId = this.partners.register(application.legalName(), application.domain(),
				application.cloudInstance(),
				programs.isEmpty() ? EnumSet.noneOf(Program.class) : EnumSet.copyOf(programs),
				new TreeSet<>(serviceCodes));
		this.team.inviteFirstAdmin(partnerId, application.contactEmail(), application.contactName(),
				application.language(), reviewer);
		application.approve(partnerId, programs, serviceCodes, reviewer, this.clock.instant());
		this.applications.save(application);
		return partnerId;
	}

	/**
	 * Rejects the application for a reason, with a note mailed to the applicant; the
	 * domain may apply again after the reason's waiting period.
	 */
	@Transactional
	public void reject(Actor reviewer, UUID id, RejectionReason reason, String note) {
		PartnerApplication application = locked(id);
		try {
			application.reject(reason, note, this.properties.waitAfter(reason), reviewer, this.clock.instant());
		}
		catch (IllegalApplicationChangeException ex) {
			throw new ConflictException(ex.messageKey());
		}
		this.applications.save(application);
	}

	/**
	 * Asks the applicant to change these fields: it gets a link to a form with only
	 * those.
	 */
	@Transactional
	public void requestChanges(Actor reviewer, UUID id, Set<ApplicationField> fields, String note) {
		PartnerApplication application = locked(id);
		Instant now = this.clock.instant();
		IssuedToken token = SecureTokens.issue();
		try {
			application.requestChanges(fields, note, token.hash(), now.plus(this.properties.changesValidity()),
					reviewer, now);
		}
		catch (IllegalApplicationChangeException ex) {
			throw new ConflictException(ex.messageKey());
		}
		this.applications.save(application);
		this.mails.queueChangesRequested(application, note, token.token());
	}

	private PartnerApplication locked(UUID id) {
		return this.applications.lockById(id).orElseThrow(() -> new NotFoundException("application"));
	}

}
