package com.partnerportal.pipeline;

import java.util.List;

/**
 * The first few of one kind of risk, soonest first, and whether there are more.
 */
public record AtRiskList(List<AtRiskItem> items, boolean more) {

	public AtRiskList {
		items = List.copyOf(items);
	}

	public boolean isEmpty() {
		return this.items.isEmpty();
	}

}
