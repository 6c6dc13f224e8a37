package com.partnerportal.notification;

import java.util.List;

import com.partnerportal.platform.AttentionItem;
import com.partnerportal.platform.BackOfficeAttention;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The back office's home shows how many mails failed for good (and were not sent again),
 * linking to the mail log of failed mails. One count from the state index.
 */
@Component
@Order(20)
class FailingMailAttention implements BackOfficeAttention {

	private final MailLog mailLog;

	FailingMailAttention(MailLog mailLog) {
		this.mailLog = mailLog;
	}

	@Override
	public List<AttentionItem> attentionItems() {
		long failed = this.mailLog.failedCount();
		return (failed > 0) ? List.of(new AttentionItem("mailLog.attention.failed", failed, "/admin/mail?state=FAILED"))
				: List.of();
	}

}
