package com.partnerportal.delegation.web;

import com.partnerportal.delegation.TenantAccess;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class DelegationWebConfiguration implements WebMvcConfigurer {

	private final TenantAccess tenantAccess;

	DelegationWebConfiguration(TenantAccess tenantAccess) {
		this.tenantAccess = tenantAccess;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new TenantAccessInterceptor(this.tenantAccess))
			.addPathPatterns(TenantAccessInterceptor.PATTERN);
	}

}
