package com.partnerportal.review;

import java.util.List;

import com.partnerportal.platform.AttentionItem;
import com.partnerportal.platform.BackOfficeAttention;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviews waiting for moderation, on the back office's home: one query on a partial
 * index.
 */
@Component
@Order(40)
class ReviewAttention implements BackOfficeAttention {

	private final ReviewRepository reviews;

	ReviewAttention(ReviewRepository reviews) {
		this.reviews = reviews;
	}

	@Override
	@Transactional(readOnly = true)
	public List<AttentionItem> attentionItems() {
		return List.of(new AttentionItem("review.attention.pending", this.reviews.countPending(),
				"/admin/reviews?state=PENDING"));
	}

}
