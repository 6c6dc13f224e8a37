package com.partnerportal.pipeline;

/**
 * What the partner's pipeline page shows, read in one transaction.
 *
 * @param report the funnel and its lines by sales agent
 * @param atRisk the at-risk panel
 */
public record PartnerPipelinePage(FunnelReport report, AtRisk atRisk) {

}
