package com.partnerportal.pipeline;

import java.util.UUID;

/**
 * A partner user who may send invitations (a sales agent or partner admin).
 */
public record SalesAgent(UUID id, String name) {

}
