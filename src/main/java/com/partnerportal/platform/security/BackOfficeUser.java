package com.partnerportal.platform.security;

import java.util.UUID;

import com.partnerportal.platform.BackOfficeRole;

/**
 * A back-office account as other modules see it (for assigning work to it): no password.
 */
public record BackOfficeUser(UUID id, String displayName, String email, BackOfficeRole role) {

}
