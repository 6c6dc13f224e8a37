package com.partnerportal.customer;

import org.springframework.data.jpa.repository.JpaRepository;

interface CustomerPartnerRepository extends JpaRepository<CustomerPartner, CustomerPartner.Key> {

}
