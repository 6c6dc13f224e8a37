package com.partnerportal.partner;

import java.util.Locale;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which company domains belong to partners already (one partner per domain).
 */
@Service
@Transactional(readOnly = true)
public class PartnerDomains {

	private final EntityManager entityManager;

	PartnerDomains(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * Whether a partner has this company domain (compared in lower case, as stored).
	 */
	public boolean isTaken(String domain) {
		return !this.entityManager.createQuery("select p.id from Partner p where p.domain = :domain")
			.setParameter("domain", domain.strip().toLowerCase(Locale.ROOT))
			.setMaxResults(1)
			.getResultList()
			.isEmpty();
	}

}
