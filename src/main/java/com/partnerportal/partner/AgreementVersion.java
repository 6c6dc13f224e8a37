package com.partnerportal.partner;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.Actor;
import com.partnerportal.platform.AggregateRoot;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A published version of the Partner Agreement: its text in each language and the grace
 * period partners have to accept it. Published versions are never changed.
 */
@Entity
@Table(name = "partner_agreement_version")
class AgreementVersion extends AggregateRoot<AgreementVersion> {

	@Id
	private UUID id;

	private String label;

	private String textEn;

	private String textJa;

	private String textKo;

	private Instant publishedAt;

	private int gracePeriodDays;

	private String publishedBy;

	@Version
	private long version;

	protected AgreementVersion() {
	}

	AgreementVersion(String label, String textEn, String textJa, String textKo, int gracePeriodDays, Actor publisher,
			Instant publishedAt) {
		this.id = UUID.randomUUID();
		this.label = label;
		this.textEn = textEn;
		this.textJa = textJa;
		this.textKo = textKo;
		this.gracePeriodDays = gracePeriodDays;
		this.publishedBy = publisher.name();
		this.publishedAt = publishedAt;
		registerEvent(new AgreementVersionPublished(this.id, label, gracePeriodDays, publisher, publishedAt));
	}

	UUID id() {
		return this.id;
	}

	String label() {
		return this.label;
	}

	AgreementVersionView toView() {
		return new AgreementVersionView(this.id, this.label, this.textEn, this.textJa, this.textKo, this.publishedAt,
				this.gracePeriodDays, this.publishedAt.plus(Duration.ofDays(this.gracePeriodDays)), this.publishedBy);
	}

}
