package com.partnerportal.notification;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.thymeleaf.spring6.templateresolver.SpringResourceTemplateResolver;
import org.thymeleaf.templatemode.TemplateMode;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Plain-text mail templates ({@code mail/*.txt}) beside the HTML ones.
 */
@Configuration(proxyBeanMethods = false)
class MailTemplateConfiguration {

	@Bean
	SpringResourceTemplateResolver textMailTemplateResolver() {
		SpringResourceTemplateResolver resolver = new SpringResourceTemplateResolver();
		resolver.setPrefix("classpath:/templates/");
		resolver.setSuffix("");
		resolver.setTemplateMode(TemplateMode.TEXT);
		resolver.setResolvablePatterns(Set.of("mail/*.txt"));
		resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
		resolver.setOrder(1);
		resolver.setCheckExistence(true);
		return resolver;
	}

}
