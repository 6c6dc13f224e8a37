package com.partnerportal.platform.security;

import com.partnerportal.platform.throttle.RequestThrottle;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Puts the sign-in throttle in front of the form login of {@link SecurityConfiguration}
 * (Spring Security applies every {@code Customizer<HttpSecurity>} bean to it).
 */
@Configuration(proxyBeanMethods = false)
class SignInThrottleConfiguration {

	@Bean
	Customizer<HttpSecurity> signInThrottle(RequestThrottle requestThrottle) {
		return (http) -> http.addFilterBefore(new SignInThrottleFilter(requestThrottle, "/login"),
				UsernamePasswordAuthenticationFilter.class);
	}

}
