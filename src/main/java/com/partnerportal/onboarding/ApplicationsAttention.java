package com.partnerportal.onboarding;

import java.util.List;

import com.partnerportal.platform.AttentionItem;
import com.partnerportal.platform.BackOfficeAttention;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications waiting for review, on the back office's home: one indexed count, opening
 * the list so filtered.
 */
@Component
@Order(40)
class ApplicationsAttention implements BackOfficeAttention {

	private final PartnerApplicationRepository applications;

	ApplicationsAttention(PartnerApplicationRepository applications) {
		this.applications = applications;
	}

	@Override
	@Transactional(readOnly = true)
	public List<AttentionItem> attentionItems() {
		return List.of(new AttentionItem("onboarding.attention.waiting",
				this.applications.countByState(ApplicationState.SUBMITTED),
				"/admin/applications?state=" + ApplicationState.SUBMITTED));
	}

}
