package com.partnerportal.customer;

import java.util.List;

/**
 * A customer in a partner's list, with its subscriptions.
 */
public record CustomerSummary(CustomerView customer, List<SubscriptionView> subscriptions) {

}
