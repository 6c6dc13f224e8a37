package com.partnerportal.review.web;

import com.partnerportal.review.RejectReason;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Rejecting a review: a reason and an optional note.
 */
public record RejectForm(@NotNull(message = "{review.rejectReason.required}") RejectReason reason,
		@Size(max = 1000, message = "{validation.too-long}") String note) {

}
