package com.partnerportal.partner;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PartnerProfileRepository extends JpaRepository<PartnerProfile, UUID> {

}
