package com.partnerportal.catalog;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CatalogOfferRepository extends JpaRepository<CatalogOffer, String> {

	List<CatalogOffer> findAllByOrderBySortOrder();

}
