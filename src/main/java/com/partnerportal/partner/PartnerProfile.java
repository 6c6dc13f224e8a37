package com.partnerportal.partner;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.Actor;
import com.partnerportal.platform.AggregateRoot;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The company profile a partner admin edits: the name shown, the website and the contact.
 * Kept apart from {@link Partner} (whose legal name and standing the back office owns).
 */
@Entity
@Table(name = "partner_profile")
class PartnerProfile extends AggregateRoot<PartnerProfile> {

	@Id
	private UUID partnerId;

	private String displayName;

	private String website;

	private String contactName;

	private String contactEmail;

	private String contactPhone;

	private Instant updatedAt;

	@Version
	private long version;

	protected PartnerProfile() {
	}

	PartnerProfile(UUID partnerId, String displayName, Instant now) {
		this.partnerId = partnerId;
		this.displayName = displayName;
		this.updatedAt = now;
	}

	void change(ProfileChange change, Actor actor, Instant now) {
		this.displayName = change.displayName();
		this.website = change.website();
		this.contactName = change.contactName();
		this.contactEmail = change.contactEmail();
		this.contactPhone = change.contactPhone();
		this.updatedAt = now;
		registerEvent(new PartnerProfileChanged(this.partnerId, this.displayName, actor, now));
	}

	ProfileChange toView() {
		return new ProfileChange(this.displayName, this.website, this.contactName, this.contactEmail,
				this.contactPhone);
	}

}
