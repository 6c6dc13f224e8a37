package com.partnerportal.support;

import java.time.Clock;
import java.util.List;

import com.partnerportal.platform.AttentionItem;
import com.partnerportal.platform.BackOfficeAttention;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The support queue's counts on the back office's home: first responses overdue and due
 * soon, and open requests nobody is assigned to, each opening the queue so filtered. One
 * query.
 */
@Component
@Order(10)
class SupportAttention implements BackOfficeAttention {

	private final ServiceRequestRepository requests;

	private final Clock clock;

	SupportAttention(ServiceRequestRepository requests, Clock clock) {
		this.requests = requests;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<AttentionItem> attentionItems() {
		ServiceRequestRepository.AttentionCounts counts = this.requests.countAttention(this.clock.instant());
		return List.of(
				new AttentionItem("support.attention.overdue", counts.getOverdue(),
						"/admin/support?sla=" + SlaState.OVERDUE),
				new AttentionItem("support.attention.dueSoon", counts.getDueSoon(),
						"/admin/support?sla=" + SlaState.DUE_SOON),
				new AttentionItem("support.attention.unassigned", counts.getUnassigned(),
						"/admin/support?assignee=unassigned"));
	}

}
