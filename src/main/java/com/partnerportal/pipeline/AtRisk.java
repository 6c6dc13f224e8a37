package com.partnerportal.pipeline;

/**
 * The partner's at-risk panel: each list has one action.
 *
 * @param trialsEnding trials ending within 30 days, no open purchase offer to their
 * customer (→ a new purchase offer, prefilled)
 * @param offersUnopened purchase offers not opened 7 days after they were sent (→ resend)
 * @param delegatedAdminEnding delegated-admin relationships ending within 30 days and not
 * extended automatically (→ propose an extension)
 * @param leadsExpiring contact requests whose answer is due within a day (→ the lead)
 */
public record AtRisk(AtRiskList trialsEnding, AtRiskList offersUnopened, AtRiskList delegatedAdminEnding,
		AtRiskList leadsExpiring) {

	public boolean isEmpty() {
		return this.trialsEnding.isEmpty() && this.offersUnopened.isEmpty() && this.delegatedAdminEnding.isEmpty()
				&& this.leadsExpiring.isEmpty();
	}

}
