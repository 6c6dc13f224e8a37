package com.partnerportal.review.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The partner's one answer to a review.
 */
public record AnswerForm(@NotBlank(message = "{validation.required}") @Size(max = 2000,
		message = "{validation.too-long}") String answer) {

}
