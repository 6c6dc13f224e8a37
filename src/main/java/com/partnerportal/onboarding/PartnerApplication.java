package com.partnerportal.onboarding;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import com.partnerportal.partner.Program;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.AggregateRoot;
import com.partnerportal.platform.CloudInstance;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A company's application to join the partner network. It guards its own life: verified
 * once by its contact's emailed link, then reviewed; each review decision raises its
 * event (audited, mailed by listeners). Its emailed link (verification, or the changes
 * the back office asked for) is stored as a hash only, expires, and is used once.
 */
@Entity
@Table(name = "partner_application")
class PartnerApplication extends AggregateRoot<PartnerApplication> {

	@Id
	private UUID id;

	private String legalName;

	private String website;

	private String domain;

	private String country;

	@Enumerated(EnumType.STRING)
	private CloudInstance cloudInstance;

	private String contactName;

	private String contactEmail;

	private String language;

	private boolean contactOutsideDomain;

	@Enumerated(EnumType.STRING)
	private ApplicationState state;

	private String linkTokenHash;

	private Instant linkExpiresAt;

	private Instant linkSentAt;

	private String requestedFields;

	private String reviewNote;

	@Enumerated(EnumType.STRING)
	private RejectionReason rejectionReason;

	private Instant reapplyAfter;

	private String decidedBy;

	private Instant decidedAt;

	private UUID partnerId;

	private Instant createdAt;

	private Instant submittedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "partner_application_service", joinColumns = @JoinColumn(name = "application_id"))
	@Column(name = "service_code")
	private Set<String> serviceCodes = new LinkedHashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "partner_application_program", joinColumns = @JoinColumn(name = "application_id"))
	@Column(name = "program")
	@Enumerated(EnumType.STRING)
	private Set<Program> programs = EnumSet.noneOf(Program.class);

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "partner_application_change", joinColumns = @JoinColumn(name = "application_id"))
	@OrderColumn(name = "position")
	private List<FieldChange> changes = new ArrayList<>();

	@Version
	private long version;

	protected PartnerApplication() {
	}

	/**
	 * A new application, waiting for its contact to verify the email by the link whose
	 * token hashes to {@code linkTokenHash}.
	 */
	PartnerApplication(NewApplication application, String linkTokenHash, Instant linkExpiresAt, Instant now) {
		this.id = UUID.randomUUID();
		this.legalName = application.legalName().strip();
		this.website = application.website().strip();
		this.domain = normalizedDomain(application.domain());
		this.country = application.country().strip().toUpperCase(Locale.ROOT);
		this.cloudInstance = application.cloudInstance();
		this.contactName = application.contactName().strip();
		this.contactEmail = application.contactEmail().strip();
		this.language = application.language();
		this.contactOutsideDomain = !emailInDomain(this.contactEmail, this.domain);
		this.serviceCodes.addAll(new TreeSet<>(application.serviceCodes()));
		this.programs.addAll(application.programs());
		this.state = ApplicationState.UNVERIFIED;
		this.createdAt = now;
		newLink(linkTokenHash, linkExpiresAt, now);
	}

	/**
	 * A company domain as stored: trimmed, lower case, without a scheme, a leading "www."
	 * or a trailing dot.
	 */
	static String normalizedDomain(String domain) {
		String text = (domain != null) ? domain.strip().toLowerCase(Locale.ROOT) : "";
		text = text.replaceFirst("^https?://", "").replaceFirst("/.*$", "").replaceFirst("^www\\.", "");
		return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
	}

	/**
	 * Whether the contact's address is in the company's domain or one of its subdomains.
	 */
	static boolean emailInDomain(String email, String domain) {
		String host = email.substring(email.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
		return host.equals(domain) || host.endsWith("." + domain);
	}

	/**
	 * The contact confirmed its email by the link: the application goes to review.
	 * @throws IllegalApplicationChangeException if it is not waiting for that
	 */
	void verify(Instant now) {
		if (this.state != ApplicationState.UNVERIFIED) {
			throw new IllegalApplicationChangeException("onboarding.link.used");
		}
		requireUsableLink(now);
		this.state = ApplicationState.SUBMITTED;
		this.submittedAt = now;
		clearLink();
		registerEvent(new PartnerApplicationSubmitted(this.id, this.legalName, this.domain, this.contactEmail,
				this.contactOutsideDomain, now));
	}

	/**
	 * A new verification link, at most once per {@code delay}.
	 * @throws IllegalApplicationChangeException if the last one is too recent or the
	 * application is verified already
	 */
	void resendVerification(String linkTokenHash, Instant linkExpiresAt, Duration delay, Instant now) {
		if (this.state != ApplicationState.UNVERIFIED) {
			throw new IllegalApplicationChangeException("onboarding.resend.notWaiting");
		}
		if (this.linkSentAt != null && now.isBefore(this.linkSentAt.plus(delay))) {
			throw new IllegalApplicationChangeException("onboarding.resend.tooSoon");
		}
		newLink(linkTokenHash, linkExpiresAt, now);
	}

	/**
	 * An unverified application whose link expired no longer holds its domain.
	 * @return whether it lapsed now
	 */
	boolean lapseIfExpired(Instant now) {
		if (this.state == ApplicationState.UNVERIFIED && !now.isBefore(this.linkExpiresAt)) {
			this.state = ApplicationState.LAPSED;
			clearLink();
			return true;
		}
		return false;
	}

	/**
	 * The back office approves: the partner exists (made by the caller).
	 */
	void approve(UUID partnerId, Set<Program> approvedPrograms, Set<String> approvedServices, Actor reviewer,
			Instant now) {
		requireState(ApplicationState.SUBMITTED);
		this.state = ApplicationState.APPROVED;
		this.partnerId = partnerId;
		decided(reviewer, now);
		registerEvent(new PartnerApplicationApproved(this.id, partnerId, this.legalName, this.domain,
				Set.copyOf(approvedPrograms), Set.copyOf(approvedServices), reviewer, now));
	}

	/**
	 * The back office rejects, for a reason and with a note mailed to the applicant; the
	 * domain may apply again after {@code wait}.
	 */
	void reject(RejectionReason reason, String note, Duration wait, Actor reviewer, Instant now) {
		requireState(ApplicationState.SUBMITTED);
		this.state = ApplicationState.REJECTED;
		this.rejectionReason = reason;
		this.reviewNote = note;
		this.reapplyAfter = now.plus(wait);
		decided(reviewer, now);
		registerEvent(new PartnerApplicationRejected(this.id, this.legalName, this.domain, this.contactEmail,
				this.contactName, this.language, reason, note, this.reapplyAfter, reviewer, now));
	}

	/**
	 * The back office asks the applicant to change these fields, by a link whose token
	 * hashes to {@code linkTokenHash}.
	 */
	void requestChanges(Set<ApplicationField> fields, String note, String linkTokenHash, Instant linkExpiresAt,
			Actor reviewer, Instant now) {
		requireState(ApplicationState.SUBMITTED);
		if (fields.isEmpty()) {
			throw new IllegalApplicationChangeException("onboarding.review.fields.required");
		}
		this.state = ApplicationState.CHANGES_REQUESTED;
		this.requestedFields = fields.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
		this.reviewNote = note;
		decided(reviewer, now);
		newLink(linkTokenHash, linkExpiresAt, now);
		registerEvent(new PartnerApplicationChangesRequested(this.id, this.legalName, this.domain, Set.copyOf(fields),
				note, reviewer, now));
	}

	/**
	 * The applicant changes the fields it was asked to (only those), by the link: the
	 * application goes back to review, and the reviewer sees old and new values.
	 */
	void applyChanges(ApplicationChanges changes, Instant now) {
		if (this.state != ApplicationState.CHANGES_REQUESTED) {
			throw new IllegalApplicationChangeException("onboarding.link.used");
		}
		requireUsableLink(now);
		Set<ApplicationField> fields = requestedFields();
		for (ApplicationField field : fields) {
			String before = valueOf(field);
			switch (field) {
				case LEGAL_NAME -> this.legalName = changes.legalName().strip();
				case WEBSITE -> this.website = changes.website().strip();
				case COUNTRY -> this.country = changes.country().strip().toUpperCase(Locale.ROOT);
				case CONTACT_NAME -> this.contactName = changes.contactName().strip();
				case SERVICES -> {
					this.serviceCodes.clear();
					this.serviceCodes.addAll(new TreeSet<>(changes.serviceCodes()));
				}
				case PROGRAMS -> {
					this.programs.clear();
					this.programs.addAll(changes.programs());
				}
			}
			this.changes.add(new FieldChange(field, before, valueOf(field), now));
		}
		this.state = ApplicationState.SUBMITTED;
		this.submittedAt = now;
		this.requestedFields = null;
		clearLink();
		registerEvent(new PartnerApplicationChanged(this.id, this.legalName, this.domain, this.contactEmail,
				Set.copyOf(fields), now));
	}

	Set<ApplicationField> requestedFields() {
		if (this.requestedFields == null || this.requestedFields.isEmpty()) {
			return Set.of();
		}
		return Arrays.stream(this.requestedFields.split(","))
			.map(ApplicationField::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(ApplicationField.class)));
	}

	String valueOf(ApplicationField field) {
		return switch (field) {
			case LEGAL_NAME -> this.legalName;
			case WEBSITE -> this.website;
			case COUNTRY -> this.country;
			case CONTACT_NAME -> this.contactName;
			case SERVICES -> String.join(", ", new TreeSet<>(this.serviceCodes));
			case PROGRAMS -> String.join(", ", this.programs.stream().map(Enum::name).sorted().toList());
		};
	}

	boolean linkUsableAt(Instant now) {
		return this.linkTokenHash != null && now.isBefore(this.linkExpiresAt);
	}

	private void requireUsableLink(Instant now) {
		if (!linkUsableAt(now)) {
			throw new IllegalApplicationChangeException("onboarding.link.expired");
		}
	}

	private void requireState(ApplicationState expected) {
		if (this.state != expected) {
			throw new IllegalApplicationChangeException("onboarding.review.decided");
		}
	}

	private void decided(Actor reviewer, Instant now) {
		this.decidedBy = reviewer.name();
		this.decidedAt = now;
	}

	private void newLink(String tokenHash, Instant expiresAt, Instant now) {
		this.linkTokenHash = tokenHash;
		this.linkExpiresAt = expiresAt;
		this.linkSentAt = now;
	}

	private void clearLink() {
		this.linkTokenHash = null;
		this.linkExpiresAt = null;
	}

	ApplicationDetail toDetail() {
		return new ApplicationDetail(this.id, this.legalName, this.website, this.domain, this.country,
				this.cloudInstance, this.contactName, this.contactEmail, this.language, this.contactOutsideDomain,
				this.state, Set.copyOf(this.serviceCodes), Set.copyOf(this.programs), requestedFields(),
				this.reviewNote, this.rejectionReason, this.reapplyAfter, this.decidedBy, this.decidedAt,
				this.partnerId, this.createdAt, this.submittedAt, List.copyOf(this.changes));
	}

	UUID id() {
		return this.id;
	}

	ApplicationState state() {
		return this.state;
	}

	String domain() {
		return this.domain;
	}

	String legalName() {
		return this.legalName;
	}

	String contactEmail() {
		return this.contactEmail;
	}

	String contactName() {
		return this.contactName;
	}

	String language() {
		return this.language;
	}

	CloudInstance cloudInstance() {
		return this.cloudInstance;
	}

	Set<String> serviceCodes() {
		return Set.copyOf(this.serviceCodes);
	}

	Set<Program> programs() {
		return Set.copyOf(this.programs);
	}

	Instant reapplyAfter() {
		return this.reapplyAfter;
	}

	String website() {
		return this.website;
	}

}
