package com.partnerportal.platform.security;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BackOfficeAdminRepository extends JpaRepository<BackOfficeAdmin, UUID> {

	@Query("select a from BackOfficeAdmin a where lower(a.email) = lower(?1)")
	Optional<BackOfficeAdmin> findByEmail(String email);

	List<BackOfficeAdmin> findAllByOrderByDisplayNameAscEmailAsc();

}
