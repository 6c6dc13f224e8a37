package com.partnerportal.platform.web;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Static resources are mapped only to the paths that hold them, instead of Spring Boot's
 * {@code /**} ({@code spring.web.resources.add-mappings=false}). With {@code /**}, every
 * {@code @{...}} link of every page (such as {@code /partner/invitations?page=2}) went
 * through the resource chain, which looked it up on the classpath, uncached because
 * nothing was found, queued on one lock of the JDK's jar cache. Now a page link matches
 * no resource mapping and is written as it is; a resource link is resolved once and
 * cached by the chain.
 * <p>
 * WebJar links are written without a version and resolved to the versioned path
 * ({@code /webjars/bootstrap/5.3.3/css/bootstrap.min.css}), so they can be cached for a
 * year; the portal's own CSS and scripts carry no version and are revalidated
 * ({@code Last-Modified}) on every use.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	static final CacheControl VERSIONED = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	static final CacheControl UNVERSIONED = CacheControl.noCache().cachePublic();

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(VERSIONED)
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
		for (String folder : new String[] { "css", "js", "images" }) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(UNVERSIONED)
				.resourceChain(true);
		}
	}

}
