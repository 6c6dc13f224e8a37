package com.partnerportal.marketplace;

import java.util.List;

import com.partnerportal.platform.AttentionItem;
import com.partnerportal.platform.BackOfficeAttention;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the back office's home: how many listings wait for review, opening the review queue.
 * One indexed count.
 */
@Component
@Order(40)
class ListingAttention implements BackOfficeAttention {

	private final ListingRepository listings;

	ListingAttention(ListingRepository listings) {
		this.listings = listings;
	}

	@Override
	@Transactional(readOnly = true)
	public List<AttentionItem> attentionItems() {
		return List.of(new AttentionItem("marketplace.attention.pending", this.listings.countPending(),
				"/admin/listings?state=" + ReviewState.PENDING));
	}

}
