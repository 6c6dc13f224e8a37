package com.partnerportal.delegation;

import java.util.List;

import com.partnerportal.platform.AttentionItem;
import com.partnerportal.platform.BackOfficeAttention;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Delegated-admin relationships ending within 30 days, on the back office's home: one
 * count on the partial index {@code delegated_admin_ending}.
 */
@Component
@Order(50)
class RelationshipsEndingAttention implements BackOfficeAttention {

	private final DelegatedAdminTerms terms;

	RelationshipsEndingAttention(DelegatedAdminTerms terms) {
		this.terms = terms;
	}

	@Override
	public List<AttentionItem> attentionItems() {
		return List.of(new AttentionItem("delegation.ending.attention", this.terms.countEndingSoon(),
				"/admin/relationships/ending"));
	}

}
