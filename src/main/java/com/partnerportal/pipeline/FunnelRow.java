package com.partnerportal.pipeline;

import java.util.UUID;

/**
 * One line of a funnel broken down: a sales agent's (a partner's funnel) or a partner's
 * (the program's).
 *
 * @param id the sales agent or partner
 * @param name its name
 * @param funnel its funnel
 */
public record FunnelRow(UUID id, String name, Funnel funnel) {

}
