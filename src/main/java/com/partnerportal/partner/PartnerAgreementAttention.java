package com.partnerportal.partner;

import java.util.List;

import com.partnerportal.platform.AttentionItem;
import com.partnerportal.platform.BackOfficeAttention;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the back office's home: partners behind on the Partner Agreement (one count, linked
 * to the partner list filtered so).
 */
@Component
@Order(30)
class PartnerAgreementAttention implements BackOfficeAttention {

	private final PartnerDirectory directory;

	PartnerAgreementAttention(PartnerDirectory directory) {
		this.directory = directory;
	}

	@Override
	public List<AttentionItem> attentionItems() {
		return List.of(new AttentionItem("admin.partner.attention.behind", this.directory.countBehindOnAgreement(),
				"/admin/partners?agreement=" + AgreementState.BEHIND.name()));
	}

}
