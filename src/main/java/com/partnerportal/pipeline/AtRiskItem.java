package com.partnerportal.pipeline;

import java.time.Instant;
import java.util.UUID;

/**
 * One thing at risk.
 *
 * @param id the trial (subscription), purchase offer, delegated-admin relationship or
 * lead
 * @param customerId its customer, null when there is none yet
 * @param name the customer's or company's name
 * @param offerCode the offer on trial (trials only)
 * @param licenses the trial's licenses (trials only)
 * @param at when it ends (trial, relationship, lead's answer) or was sent (offer)
 */
public record AtRiskItem(UUID id, UUID customerId, String name, String offerCode, Integer licenses, Instant at) {

}
