package com.partnerportal.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

/**
 * The offers of the program. The catalog is small, read on most pages, and changes only
 * with a migration (reference data, {@code V2__catalog.sql}): it is read whole in one
 * query on first use and then kept in memory, so that no page reads it again.
 */
@Service
public class Catalog {

	private final CatalogOfferRepository offers;

	private volatile Offers cached;

	Catalog(CatalogOfferRepository offers) {
		this.offers = offers;
	}

	public List<OfferView> allOffers() {
		return offers().all();
	}

	/**
	 * Offers that have trial terms and that a partner authorized for the given service
	 * types may offer.
	 */
	public List<OfferView> trialOffersFor(Collection<String> authorizedServiceCodes) {
		return allOffers().stream()
			.filter(OfferView::hasTrial)
			.filter((offer) -> offer.isCoveredBy(authorizedServiceCodes))
			.toList();
	}

	public Optional<OfferView> offer(String code) {
		return (code != null) ? Optional.ofNullable(offers().byCode().get(code)) : Optional.empty();
	}

	public Map<String, OfferView> offersByCode() {
		return offers().byCode();
	}

	private Offers offers() {
		Offers offers = this.cached;
		if (offers == null) {
			// two first uses at once both read it: the same rows, no harm
			List<OfferView> all = this.offers.findAllByOrderBySortOrder().stream().map(CatalogOffer::toView).toList();
			offers = new Offers(all,
					Map.copyOf(all.stream().collect(Collectors.toMap(OfferView::code, Function.identity()))));
			this.cached = offers;
		}
		return offers;
	}

	/**
	 * The whole catalog, in its order and by code; both immutable.
	 */
	private record Offers(List<OfferView> all, Map<String, OfferView> byCode) {

	}

}
