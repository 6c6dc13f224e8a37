package com.partnerportal.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The offers of the program. The catalog is small and read on most pages, so it is read
 * whole in one query.
 */
@Service
@Transactional(readOnly = true)
public class Catalog {

	private final CatalogOfferRepository offers;

	Catalog(CatalogOfferRepository offers) {
		this.offers = offers;
	}

	public List<OfferView> allOffers() {
		return this.offers.findAllByOrderBySortOrder().stream().map(CatalogOffer::toView).toList();
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
		return (code != null) ? this.offers.findById(code).map(CatalogOffer::toView) : Optional.empty();
	}

	public Map<String, OfferView> offersByCode() {
		return allOffers().stream().collect(Collectors.toMap(OfferView::code, Function.identity()));
	}

}
