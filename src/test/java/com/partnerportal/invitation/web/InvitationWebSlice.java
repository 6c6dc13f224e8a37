package com.partnerportal.invitation.web;

import java.time.Instant;

import com.partnerportal.audit.ActivityLog;
import com.partnerportal.availability.FeatureAvailability;
import com.partnerportal.customer.Tenants;
import com.partnerportal.delegation.DelegatedAdmins;
import com.partnerportal.delegation.TenantAccess;
import com.partnerportal.invitation.DelegatedAdminRequests;
import com.partnerportal.invitation.InvitationAcceptance;
import com.partnerportal.invitation.InvitationLanguages;
import com.partnerportal.invitation.Invitations;
import com.partnerportal.invitation.PurchaseOffers;
import com.partnerportal.partner.PartnerStanding;
import com.partnerportal.partner.Partners;
import com.partnerportal.partner.Standing;
import com.partnerportal.platform.PortalProperties;
import com.partnerportal.platform.security.PortalSignIn;
import com.partnerportal.platform.throttle.RequestThrottle;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

/**
 * The web layer of the invitation module alone (its form controllers, the advice, the
 * portal's security and form binding, the templates) with the services at its boundary
 * mocked. Every slice of an invitation form extends it, so that they share one
 * application context.
 */
@WebMvcTest(controllers = { PartnerInvitationController.class, PurchaseOfferController.class,
		InvitationLinkController.class })
@Import(InvitationWebSlice.PortalWebLayer.class)
abstract class InvitationWebSlice {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	FeatureAvailability featureAvailability;

	@MockitoBean
	Invitations invitations;

	@MockitoBean
	PurchaseOffers offers;

	@MockitoBean
	InvitationAcceptance acceptance;

	@MockitoBean
	PortalSignIn signIn;

	@MockitoBean
	ActivityLog activityLog;

	@MockitoBean
	DelegatedAdmins delegatedAdmins;

	@MockitoBean
	DelegatedAdminRequests delegatedAdminRequests;

	@MockitoBean
	Partners partners;

	@MockitoBean
	Tenants tenants;

	@MockitoBean
	TenantAccess tenantAccess;

	@MockitoBean
	InvitationLanguages invitationLanguages;

	@MockitoBean
	RequestThrottle throttle;

	/**
	 * The signed-in partner is in good standing, its agreement signed, unless a test says
	 * otherwise.
	 */
	@BeforeEach
	void partnerInGoodStanding() {
		given(this.partners.standing(any())).willAnswer((call) -> new PartnerStanding(call.getArgument(0),
				Standing.ACTIVE, null, "2026-01", "2026-01", null, Instant.now()));
	}

	/**
	 * The portal's security and the beans its pages call ({@code @dates}, {@code @money},
	 * the language switch) and its form binding, which a web slice does not scan by
	 * itself.
	 */
	@TestConfiguration
	@EnableConfigurationProperties(PortalProperties.class)
	@ComponentScan(basePackages = "com.partnerportal.platform", useDefaultFilters = false,
			includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
					pattern = { ".*\\.SecurityConfiguration", ".*\\.PortalLinks", ".*\\.PortalDates",
							".*\\.PortalMoney", ".*\\.LanguageSwitch", ".*\\.Viewer", ".*\\.Navigation",
							".*\\.PageVariables", ".*\\.FormBindingConfiguration" }))
	static class PortalWebLayer {

	}

}
