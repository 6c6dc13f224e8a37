package com.partnerportal.availability;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.partnerportal.partner.Partners;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.CloudInstance;
import com.partnerportal.platform.ConflictException;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The availability module's API: which partner feature is available in which cloud
 * instance, the one check each feature's entry point calls ({@link #require}), what pages
 * show ({@link #statusesIn}, {@link #forPartner}), and the back office's change.
 * <p>
 * The registry is read on many pages, so it is held in memory: loaded on first use,
 * dropped when this instance changes it (after commit) and reloaded in the background
 * every {@code portal.availability.refresh-interval} (default 30 s) for the changes made
 * on other instances. A request never waits for more than the first load. A partner's
 * cloud instance never changes, so it is remembered too.
 */
@Service
public class FeatureAvailability {

	private static final int MAX_REMEMBERED_PARTNERS = 10_000;

	private final FeatureAvailabilityRepository entries;

	private final Partners partners;

	private final Clock clock;

	private final AtomicLong generation = new AtomicLong();

	private final Map<UUID, CloudInstance> partnerInstances = new ConcurrentHashMap<>();

	private volatile Registry registry;

	FeatureAvailability(FeatureAvailabilityRepository entries, Partners partners, Clock clock) {
		this.entries = entries;
		this.partners = partners;
		this.clock = clock;
	}

	/**
	 * The feature's availability in the cloud instance.
	 */
	public FeatureStatus status(PartnerFeature feature, CloudInstance cloudInstance) {
		return registry().status(feature, cloudInstance);
	}

	public boolean availableIn(PartnerFeature feature, CloudInstance cloudInstance) {
		return status(feature, cloudInstance).isAvailable();
	}

	/**
	 * The check at a feature's entry point.
	 * @throws FeatureNotAvailableException if the feature is not available in the cloud
	 * instance, with the reason and the planned date
	 */
	public void require(PartnerFeature feature, CloudInstance cloudInstance) {
		FeatureStatus status = status(feature, cloudInstance);
		if (!status.isAvailable()) {
			throw new FeatureNotAvailableException(status);
		}
	}

	/**
	 * The check at an entry point that uses several features.
	 * @throws FeatureNotAvailableException for the first feature not available there
	 */
	public void require(CloudInstance cloudInstance, PartnerFeature... features) {
		for (PartnerFeature feature : features) {
			require(feature, cloudInstance);
		}
	}

	/**
	 * The check at a feature's entry point where only the partner is at hand (an emailed
	 * link, a job): each feature in the partner's cloud instance.
	 * @throws FeatureNotAvailableException for the first feature not available there
	 */
	public void requireForPartner(UUID partnerId, PartnerFeature... features) {
		require(cloudInstanceOf(partnerId), features);
	}

	public boolean availableForPartner(UUID partnerId, PartnerFeature feature) {
		return availableIn(feature, cloudInstanceOf(partnerId));
	}

	/**
	 * Every feature's availability in the cloud instance, by feature.
	 */
	public Map<PartnerFeature, FeatureStatus> statusesIn(CloudInstance cloudInstance) {
		return registry().byInstance().get(cloudInstance);
	}

	/**
	 * What a partner's pages show: its cloud instance and each feature's availability
	 * there.
	 */
	public PartnerFeatures forPartner(UUID partnerId) {
		CloudInstance cloudInstance = cloudInstanceOf(partnerId);
		return new PartnerFeatures(cloudInstance, statusesIn(cloudInstance));
	}

	/**
	 * The whole registry, by cloud instance then feature (both in declaration order).
	 */
	public Map<CloudInstance, Map<PartnerFeature, FeatureStatus>> matrix() {
		return registry().byInstance();
	}

	/**
	 * Sets one feature's availability in one cloud instance (audited through
	 * {@link FeatureAvailabilityChanged}).
	 * @throws AvailabilityChangeRejectedException if the change breaks a rule
	 * @throws ConflictException if someone changed the pair since the editor saw it
	 */
	@Transactional
	public FeatureStatus change(Actor actor, FeatureChange change) {
		if (change.cloudInstance() == null) {
			throw new AvailabilityChangeRejectedException("cloudInstance", "availability.change.pair.required");
		}
		if (change.feature() == null) {
			throw new AvailabilityChangeRejectedException("feature", "availability.change.pair.required");
		}
		// a pair without a row (a migration that forgot it) gets one with the first
		// change
		FeatureAvailabilityEntry entry = this.entries
			.findByCloudInstanceAndFeature(change.cloudInstance(), change.feature())
			.orElseGet(
					() -> new FeatureAvailabilityEntry(change.cloudInstance(), change.feature(), this.clock.instant()));
		if (entry.version() != change.version()) {
			throw new ConflictException("availability.change.stale");
		}
		entry.change(change.state(), change.reasonEn(), change.reasonJa(), change.reasonKo(), change.plannedOn(),
				LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC), actor, this.clock.instant());
		FeatureAvailabilityEntry saved = this.entries.save(entry);
		forgetAfterCommit();
		return saved.toStatus();
	}

	/**
	 * Reloads the registry for the changes made on other instances; a change made here
	 * meanwhile wins (the load is dropped).
	 */
	@Scheduled(fixedDelayString = "${portal.availability.refresh-interval:PT30S}",
			initialDelayString = "${portal.availability.refresh-interval:PT30S}")
	public void refresh() {
		long seen = this.generation.get();
		Registry loaded = load();
		if (this.generation.get() == seen) {
			this.registry = loaded;
		}
	}

	private Registry registry() {
		Registry current = this.registry;
		if (current == null) {
			long seen = this.generation.get();
			current = load();
			if (this.generation.get() == seen) {
				this.registry = current;
			}
		}
		return current;
	}

	private Registry load() {
		Map<CloudInstance, Map<PartnerFeature, FeatureStatus>> byInstance = new EnumMap<>(CloudInstance.class);
		for (CloudInstance instance : CloudInstance.values()) {
			byInstance.put(instance, new EnumMap<>(PartnerFeature.class));
		}
		for (FeatureAvailabilityEntry entry : this.entries.findAll()) {
			FeatureStatus status = entry.toStatus();
			byInstance.get(status.cloudInstance()).put(status.feature(), status);
		}
		Map<CloudInstance, Map<PartnerFeature, FeatureStatus>> frozen = new EnumMap<>(CloudInstance.class);
		byInstance.forEach((instance, byFeature) -> frozen.put(instance, Collections.unmodifiableMap(byFeature)));
		return new Registry(Collections.unmodifiableMap(frozen));
	}

	private void forgetAfterCommit() {
		this.generation.incrementAndGet();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				FeatureAvailability.this.generation.incrementAndGet();
				FeatureAvailability.this.registry = null;
			}
		});
	}

	private CloudInstance cloudInstanceOf(UUID partnerId) {
		CloudInstance known = this.partnerInstances.get(partnerId);
		if (known != null) {
			return known;
		}
		CloudInstance cloudInstance = this.partners.partner(partnerId).cloudInstance();
		if (this.partnerInstances.size() >= MAX_REMEMBERED_PARTNERS) {
			this.partnerInstances.clear();
		}
		this.partnerInstances.put(partnerId, cloudInstance);
		return cloudInstance;
	}

	/**
	 * The registry as loaded: every pair of the database. A pair without a row (a cloud
	 * instance or feature whose migration is missing) is not available.
	 */
	private record Registry(Map<CloudInstance, Map<PartnerFeature, FeatureStatus>> byInstance) {

		FeatureStatus status(PartnerFeature feature, CloudInstance cloudInstance) {
			FeatureStatus status = this.byInstance.get(cloudInstance).get(feature);
			return (status != null) ? status
					: new FeatureStatus(cloudInstance, feature, AvailabilityState.NOT_AVAILABLE, "", "", "", null, 0);
		}

	}

}
