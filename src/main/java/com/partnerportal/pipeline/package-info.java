/**
 * Pipeline: the partner's funnel (trial invitations and purchase offers from sent to
 * purchase), the same funnel program-wide for the back office, and the partner's at-risk
 * panel. It owns no table: it reads the invitation, delegation, customer and leads tables
 * with read-only reporting SQL ({@code FunnelDefinition}, {@code AtRiskQuery}), so that
 * the figures are aggregated in PostgreSQL over indexes (V40) instead of loading rows
 * through four modules' APIs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Pipeline")
package com.partnerportal.pipeline;
