package com.partnerportal.review.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A customer's review of a partner: a rating from 1 to 5 and a text.
 */
public record ReviewForm(
		@NotNull(message = "{review.rating.required}") @Min(value = 1, message = "{review.rating.required}") @Max(
				value = 5, message = "{review.rating.required}") Integer rating,
		@NotBlank(message = "{validation.required}") @Size(max = 4000, message = "{validation.too-long}") String body) {

}
