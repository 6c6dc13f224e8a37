package com.partnerportal.partner.web;

import com.partnerportal.partner.Partners;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class PartnerWebConfiguration implements WebMvcConfigurer {

	private final Partners partners;

	PartnerWebConfiguration(Partners partners) {
		this.partners = partners;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new PartnerAgreementInterceptor(this.partners)).addPathPatterns("/partner/**");
	}

}
