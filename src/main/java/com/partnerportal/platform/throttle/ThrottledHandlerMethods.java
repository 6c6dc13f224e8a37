package com.partnerportal.platform.throttle;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Counts a request to a {@link Throttled} handler method against its limits before the
 * method runs (before anything is bound or stored), and refuses it past them.
 */
@Configuration(proxyBeanMethods = false)
class ThrottledHandlerMethods implements WebMvcConfigurer, HandlerInterceptor {

	private final RequestThrottle throttle;

	ThrottledHandlerMethods(RequestThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod method) {
			Throttled throttled = method.getMethodAnnotation(Throttled.class);
			if (throttled != null) {
				Admission admission = this.throttle.admit(request, throttled.value());
				if (!admission.admitted()) {
					throw new TooManyRequestsException(admission);
				}
			}
		}
		return true;
	}

}
