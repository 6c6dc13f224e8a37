package com.partnerportal.partner;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

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
 * A partner organization in the program.
 */
@Entity
@Table(name = "partner")
class Partner {

	@Id
	private UUID id;

	private String name;

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

	void signAgreement(String version, String signedBy, Instant signedAt) {
		this.agreement = new PartnerAgreement(version, signedBy, signedAt);
	}

	UUID id() {
		return this.id;
	}

	PartnerView toView() {
		PartnerAgreement signed = (this.agreement != null && this.agreement.signedAt() != null) ? this.agreement : null;
		return new PartnerView(this.id, this.name, this.cloudInstance, signed != null,
				(signed != null) ? signed.version() : null, (signed != null) ? signed.signedBy() : null,
				(signed != null) ? signed.signedAt() : null,
				this.programs.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(this.programs)),
				Set.copyOf(this.authorizedServiceCodes));
	}

}
