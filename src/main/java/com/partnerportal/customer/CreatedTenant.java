package com.partnerportal.customer;

import java.util.UUID;

import com.partnerportal.platform.PortalUser;

/**
 * A new tenant and its first admin, ready to be signed in.
 */
public record CreatedTenant(UUID customerId, String domain, PortalUser admin) {

}
