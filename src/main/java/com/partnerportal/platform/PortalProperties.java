package com.partnerportal.platform;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code portal.*}.
 *
 * @param baseUrl the public address of the portal, used in mailed links; blank means
 * {@code http://localhost:<port>} of this server (the embedded default), never the
 * address a request names
 * @param invitationValidity how long an invitation link works
 * @param tenantDomainSuffix the domain under which each customer tenant gets its own
 * sub-domain (and its admins their sign-in names)
 */
@ConfigurationProperties("portal")
public record PortalProperties(@DefaultValue("") String baseUrl, @DefaultValue("30d") Duration invitationValidity,
		@DefaultValue("cloudportal.example") String tenantDomainSuffix) {

}
