package com.partnerportal.tenantadmin.web;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/**
 * The add-member form on a group's page: one of the tenant's users.
 */
public record GroupMemberForm(@NotNull(message = "{tenant.group.member.required}") UUID userId) {

}
