package com.partnerportal.marketplace;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import com.partnerportal.platform.CloudInstance;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One version of a listing's text and choices: the published one, or a draft. A draft is
 * never changed once reviewed: approving copies it into the published content.
 */
@Entity
@Table(name = "marketplace_listing_content")
class ListingContent {

	@Id
	private UUID id;

	private UUID partnerId;

	private boolean published;

	private String partnerName;

	private String descriptionEn;

	private String descriptionJa;

	private String descriptionKo;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private String[] serviceCodes;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private String[] industries;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private String[] regions;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private String[] languages;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private String[] cloudInstances;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private String[] customerSizes;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private String[] contactPreferences;

	private Instant createdAt;

	protected ListingContent() {
	}

	ListingContent(UUID partnerId, String partnerName, ListingDraft draft, boolean published, Instant now) {
		this.id = UUID.randomUUID();
		this.partnerId = partnerId;
		this.partnerName = partnerName;
		this.published = published;
		this.descriptionEn = draft.descriptionEn().strip();
		this.descriptionJa = blankToNull(draft.descriptionJa());
		this.descriptionKo = blankToNull(draft.descriptionKo());
		this.serviceCodes = draft.serviceCodes().stream().sorted().toArray(String[]::new);
		this.industries = names(draft.industries());
		this.regions = names(draft.regions());
		this.languages = names(draft.languages());
		this.cloudInstances = names(draft.cloudInstances());
		this.customerSizes = names(draft.customerSizes());
		this.contactPreferences = names(draft.contactPreferences());
		this.createdAt = now;
	}

	/** A published copy of this content. */
	ListingContent publishedCopy(Instant now) {
		return new ListingContent(this.partnerId, this.partnerName, toDraft(), true, now);
	}

	/**
	 * Takes another content's text and choices (a published content takes its draft's);
	 * read through its methods, as it may be a lazy proxy.
	 */
	void replaceWith(ListingContent other, Instant now) {
		ListingDraft draft = other.toDraft();
		this.partnerName = other.partnerName();
		this.descriptionEn = draft.descriptionEn();
		this.descriptionJa = draft.descriptionJa();
		this.descriptionKo = draft.descriptionKo();
		this.serviceCodes = draft.serviceCodes().stream().sorted().toArray(String[]::new);
		this.industries = names(draft.industries());
		this.regions = names(draft.regions());
		this.languages = names(draft.languages());
		this.cloudInstances = names(draft.cloudInstances());
		this.customerSizes = names(draft.customerSizes());
		this.contactPreferences = names(draft.contactPreferences());
		this.createdAt = now;
	}

	String partnerName() {
		return this.partnerName;
	}

	UUID id() {
		return this.id;
	}

	ListingDraft toDraft() {
		return new ListingDraft(this.descriptionEn, this.descriptionJa, this.descriptionKo,
				new LinkedHashSet<>(Arrays.asList(this.serviceCodes)), values(this.industries, Industry::valueOf),
				values(this.regions, Region::valueOf), values(this.languages, SpokenLanguage::valueOf),
				values(this.cloudInstances, CloudInstance::valueOf), values(this.customerSizes, CustomerSize::valueOf),
				values(this.contactPreferences, ContactPreference::valueOf));
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	// in declaration order, so that pages list them as the vocabulary does
	private static <E extends Enum<E>> String[] names(Collection<E> values) {
		return values.stream().sorted().map(Enum::name).toArray(String[]::new);
	}

	private static <E extends Enum<E>> Set<E> values(String[] names, Function<String, E> valueOf) {
		Set<E> values = new LinkedHashSet<>();
		for (String name : names) {
			values.add(valueOf.apply(name));
		}
		return values.isEmpty() ? Set.of() : EnumSet.copyOf(values);
	}

}
