package com.partnerportal.platform.web;

import java.util.List;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.AbstractPropertyBindingResult;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.InitBinderDataBinderFactory;
import org.springframework.web.method.support.InvocableHandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;
import org.springframework.web.servlet.support.ExtendedServletRequestDataBinder;

/**
 * Forms are records, bound through their constructor. When a value does not convert
 * ({@code quantity=abc}, {@code billingTerm=WEEKLY}), Spring still creates the record
 * (with nothing in that field) and records a {@code typeMismatch} error, but the
 * {@code BindingResult} it made before the record existed has no target: the page that
 * shows the form again could not read any field and answered 500. This binder gives the
 * errors a result that holds the record, so that the form comes back with every value the
 * person entered and a message at the field that did not convert.
 */
@Configuration(proxyBeanMethods = false)
class FormBindingConfiguration {

	@Bean
	WebMvcRegistrations formBindingRegistrations() {
		return new WebMvcRegistrations() {

			@Override
			public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
				return new FormBindingHandlerAdapter();
			}

		};
	}

	static final class FormBindingHandlerAdapter extends RequestMappingHandlerAdapter {

		@Override
		protected InitBinderDataBinderFactory createDataBinderFactory(List<InvocableHandlerMethod> binderMethods) {
			return new ServletRequestDataBinderFactory(binderMethods, getWebBindingInitializer()) {

				@Override
				protected ServletRequestDataBinder createBinderInstance(Object target, String objectName,
						NativeWebRequest request) {
					return new FormDataBinder(target, objectName);
				}

			};
		}

	}

	/**
	 * Once the constructor-bound form exists, its errors live in a result that holds it.
	 */
	static final class FormDataBinder extends ExtendedServletRequestDataBinder {

		private AbstractPropertyBindingResult resultWithTarget;

		FormDataBinder(Object target, String objectName) {
			super(target, objectName);
		}

		@Override
		protected AbstractPropertyBindingResult getInternalBindingResult() {
			AbstractPropertyBindingResult result = super.getInternalBindingResult();
			if (result.getTarget() != null || getTarget() == null) {
				return result;
			}
			if (this.resultWithTarget == null) {
				this.resultWithTarget = createBeanPropertyBindingResult();
				this.resultWithTarget.addAllErrors(result);
			}
			return this.resultWithTarget;
		}

	}

}
