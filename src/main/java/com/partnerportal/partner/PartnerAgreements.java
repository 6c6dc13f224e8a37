package com.partnerportal.partner;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.ConflictException;
import com.partnerportal.platform.ForbiddenException;
import com.partnerportal.platform.NotFoundException;
import com.partnerportal.platform.PortalUser;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Partner Agreement: its published versions, and their acceptance by partner admins
 * in the portal (who, when, which version).
 */
@Service
@Transactional(readOnly = true)
public class PartnerAgreements {

	/** The longest label of a version. */
	public static final int MAX_LABEL = 32;

	/** The longest grace period, in days. */
	public static final int MAX_GRACE_DAYS = 365;

	private final AgreementVersionRepository versions;

	private final AgreementAcceptanceRepository acceptances;

	private final PartnerRepository partners;

	private final Clock clock;

	PartnerAgreements(AgreementVersionRepository versions, AgreementAcceptanceRepository acceptances,
			PartnerRepository partners, Clock clock) {
		this.versions = versions;
		this.acceptances = acceptances;
		this.partners = partners;
		this.clock = clock;
	}

	/**
	 * The current version: the last one published.
	 */
	public Optional<AgreementVersionView> current() {
		return currentVersion(this.clock.instant()).map(AgreementVersion::toView);
	}

	public List<AgreementVersionSummary> versions() {
		return this.versions.findAllWithAcceptances()
			.stream()
			.map((v) -> new AgreementVersionSummary(v.getId(), v.getLabel(), v.getPublishedAt(), v.getGracePeriodDays(),
					v.getPublishedBy(), v.getAcceptances()))
			.toList();
	}

	public List<AgreementAcceptanceView> acceptancesOf(UUID partnerId) {
		return this.acceptances.findByPartner(partnerId)
			.stream()
			.map((a) -> new AgreementAcceptanceView(a.getLabel(), a.getAcceptedBy(), a.getAcceptedAt()))
			.toList();
	}

	/**
	 * A partner admin accepts the current version for its partner (signing it for the
	 * first time, or accepting a newer one). Accepting it again changes nothing.
	 * @throws ForbiddenException if the user is not a partner admin, or its partner is
	 * suspended
	 * @throws ConflictException if {@code versionId} is not the current version (a newer
	 * one was published meanwhile)
	 */
	@Transactional
	public void accept(PortalUser user, UUID versionId) {
		if (user.kind() != AccountKind.PARTNER_USER || !user.hasRole(PartnerRole.PARTNER_ADMIN.name())) {
			throw new ForbiddenException("partner.agreement.admin-only");
		}
		Instant now = this.clock.instant();
		AgreementVersion current = currentVersion(now).orElseThrow(() -> new NotFoundException("agreement"));
		if (!current.id().equals(versionId)) {
			throw new ConflictException("partner.agreement.not-current", current.label());
		}
		Partner partner = this.partners.findForUpdate(user.organizationId())
			.orElseThrow(() -> new NotFoundException("partner"));
		if (partner.standing() == Standing.SUSPENDED) {
			throw new PartnerRefusedException("partner.standing.suspended.page", partner.standingReason());
		}
		record(partner, current, user.displayName(), user.getUsername(), Actor.of(user), now);
	}

	/**
	 * Records that a partner signed a version (the demo's and the tests' partners, signed
	 * before the portal had a page for it).
	 */
	@Transactional
	public void sign(UUID partnerId, String versionLabel, String signedBy) {
		AgreementVersion version = this.versions.findByLabel(versionLabel)
			.orElseThrow(() -> new NotFoundException("agreement"));
		Partner partner = this.partners.findForUpdate(partnerId).orElseThrow(() -> new NotFoundException("partner"));
		record(partner, version, signedBy, signedBy, Actor.system(), this.clock.instant());
	}

	/**
	 * Publishes a new version now; partners that have not accepted it see a banner and,
	 * past its grace period, their sales freeze.
	 * @throws ConflictException if a version has that label already
	 */
	@Transactional
	public UUID publish(Actor publisher, NewAgreementVersion version) {
		String label = version.label().strip();
		if (this.versions.existsByLabel(label)) {
			throw new ConflictException("admin.agreement.label.taken", label);
		}
		AgreementVersion published = new AgreementVersion(label, version.textEn().strip(), version.textJa().strip(),
				version.textKo().strip(), version.gracePeriodDays(), publisher, this.clock.instant());
		return this.versions.save(published).id();
	}

	public boolean labelTaken(String label) {
		return this.versions.existsByLabel(label.strip());
	}

	private void record(Partner partner, AgreementVersion version, String signerName, String signerAccount, Actor actor,
			Instant now) {
		String name = (signerName.length() > 200) ? signerName.substring(0, 200) : signerName;
		if (partner.acceptAgreement(version.label(), name, actor, now)
				&& !this.acceptances.existsByPartnerIdAndAgreementVersionId(partner.id(), version.id())) {
			this.acceptances.save(new AgreementAcceptance(partner.id(), version.id(), signerAccount, now));
		}
		this.partners.save(partner);
	}

	private Optional<AgreementVersion> currentVersion(Instant now) {
		return this.versions.findPublishedBy(now, Limit.of(1)).stream().findFirst();
	}

}
