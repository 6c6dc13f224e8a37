package com.partnerportal.partner;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.platform.Actor;
import com.partnerportal.platform.AggregateRoot;
import com.partnerportal.platform.CloudInstance;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A partner organization in the program. It guards its own standing, its agreement and
 * its enrollments; each change raises its event (audited, mailed by listeners).
 */
@Entity
@Table(name = "partner")
class Partner extends AggregateRoot<Partner> {

	/** The longest reason the back office may give. */
	static final int MAX_REASON = 500;

	@Id
	private UUID id;

	private String name;

	/** The company's internet domain (lower case), when known; unique among partners. */
	private String domain;

	@Enumerated(EnumType.STRING)
	private CloudInstance cloudInstance;

	@Embedded
	private PartnerAgreement agreement;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "partner_program_enrollment", joinColumns = @JoinColumn(name = "partner_id"))
	@Column(name = "program")
	@Enumerated(EnumType.STRING)
	private Set<Program> programs = EnumSet.noneOf(Program.class);

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "partner_authorized_service", joinColumns = @JoinColumn(name = "partner_id"))
	@Column(name = "service_code")
	private Set<String> authorizedServiceCodes = new LinkedHashSet<>();

	private Instant createdAt;

	@Enumerated(EnumType.STRING)
	private Standing standing = Standing.ACTIVE;

	private String standingReason;

	private Instant standingChangedAt;

	@Version
	private long version;

	protected Partner() {
	}

	Partner(String name, CloudInstance cloudInstance, Set<Program> programs, Set<String> authorizedServiceCodes,
			Instant createdAt) {
		this.id = UUID.randomUUID();
		this.name = name;
		this.cloudInstance = cloudInstance;
		this.programs.addAll(programs);
		this.authorizedServiceCodes.addAll(authorizedServiceCodes);
		this.createdAt = createdAt;
	}

	Partner(String name, String domain, CloudInstance cloudInstance, Set<Program> programs,
			Set<String> authorizedServiceCodes, Instant createdAt) {
		this(name, cloudInstance, programs, authorizedServiceCodes, createdAt);
		this.domain = (domain != null) ? domain.trim().toLowerCase(Locale.ROOT) : null;
	}

	String domain() {
		return this.domain;
	}

	/**
	 * Records that {@code acceptedBy} accepted this version for the partner; accepting
	 * the version it already holds changes nothing.
	 * @return whether the version is new for the partner
	 */
	boolean acceptAgreement(String versionLabel, String acceptedBy, Actor actor, Instant now) {
		if (this.agreement != null && versionLabel.equals(this.agreement.version())) {
			return false;
		}
		this.agreement = new PartnerAgreement(versionLabel, acceptedBy, now);
		registerEvent(new PartnerAgreementAccepted(this.id, this.name, versionLabel, acceptedBy, actor, now));
		return true;
	}

	/**
	 * Moves the partner to another standing (back to {@link Standing#ACTIVE} reinstates
	 * it), for a reason.
	 * @throws IllegalPartnerChangeException if the partner already has that standing
	 */
	void changeStanding(Standing to, String reason, Actor actor, Instant now) {
		String why = requireReason(reason);
		if (to == null || to == this.standing) {
			throw new IllegalPartnerChangeException("admin.partner.standing.unchanged");
		}
		Standing from = this.standing;
		this.standing = to;
		this.standingReason = why;
		this.standingChangedAt = now;
		registerEvent(new PartnerStandingChanged(this.id, this.name, from, to, why, actor, now));
	}

	/**
	 * Replaces the program enrollments and authorized service types, for a reason.
	 * @throws IllegalPartnerChangeException if nothing would change
	 */
	void changeEnrollments(Set<Program> programs, Set<String> authorizedServiceCodes, String reason, Actor actor,
			Instant now) {
		String why = requireReason(reason);
		if (this.programs.equals(programs) && this.authorizedServiceCodes.equals(authorizedServiceCodes)) {
			throw new IllegalPartnerChangeException("admin.partner.enrollments.unchanged");
		}
		this.programs.clear();
		this.programs.addAll(programs);
		this.authorizedServiceCodes.clear();
		this.authorizedServiceCodes.addAll(authorizedServiceCodes);
		registerEvent(new PartnerEnrollmentsChanged(this.id, this.name, Set.copyOf(programs),
				Set.copyOf(authorizedServiceCodes), why, actor, now));
	}

	/**
	 * Enrolls the partner in a program it asked for (the request's decision is the
	 * event).
	 */
	void enroll(Program program) {
		this.programs.add(program);
	}

	boolean isEnrolledIn(Program program) {
		return this.programs.contains(program);
	}

	private static String requireReason(String reason) {
		String why = (reason != null) ? reason.strip() : "";
		if (why.isEmpty() || why.length() > MAX_REASON) {
			throw new IllegalPartnerChangeException("admin.partner.reason.required");
		}
		return why;
	}

	UUID id() {
		return this.id;
	}

	String name() {
		return this.name;
	}

	Standing standing() {
		return this.standing;
	}

	String standingReason() {
		return this.standingReason;
	}

	Instant standingChangedAt() {
		return this.standingChangedAt;
	}

	PartnerView toView() {
		PartnerAgreement signed = (this.agreement != null && this.agreement.signedAt() != null) ? this.agreement : null;
		return new PartnerView(this.id, this.name, this.cloudInstance, signed != null,
				(signed != null) ? signed.version() : null, (signed != null) ? signed.signedBy() : null,
				(signed != null) ? signed.signedAt() : null,
				this.programs.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(this.programs)),
				Set.copyOf(this.authorizedServiceCodes), this.standing, this.standingReason, this.standingChangedAt,
				this.createdAt);
	}

}
