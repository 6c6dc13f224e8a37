package com.partnerportal.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Spring Security observes nothing: with an observation registry present (the
 * actuator's), it would wrap each of the chain's filters, each authentication and each
 * authorization in an observation on every request, for metrics that no endpoint of the
 * portal exposes (issue 9: a few per cent of a page's CPU time in the profile).
 */
@Configuration(proxyBeanMethods = false)
class SecurityObservations {

	@Bean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

}
