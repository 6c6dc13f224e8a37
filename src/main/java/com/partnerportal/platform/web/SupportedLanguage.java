package com.partnerportal.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A language code of {@link SupportedLanguages} (null is left to {@code @NotNull}).
 */
@Documented
@Constraint(validatedBy = SupportedLanguage.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface SupportedLanguage {

	String message() default "{invitation.language.unsupported}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<SupportedLanguage, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || SupportedLanguages.isSupported(value);
		}

	}

}
