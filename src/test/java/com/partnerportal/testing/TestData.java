package com.partnerportal.testing;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.partner.Program;
import com.partnerportal.platform.CloudInstance;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.platform.SignInAccounts;

/**
 * Creates partners and users with unique names for one test, through the modules' APIs.
 */
public class TestData {

	public static final String PASSWORD = "test-password-123";

	public static final Set<String> ALL_SERVICES = Set.of("MAIL", "FILE_SHARING", "MEETINGS", "OFFICE_APPS",
			"ARCHIVING", "SECURITY");

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final Partners partners;

	public TestData(Partners partners) {
		this.partners = partners;
	}

	public static String unique(String prefix) {
		return prefix + "-" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
	}

	public static String uniqueEmail(String who) {
		return unique(who) + "@test.example";
	}

	/**
	 * A partner with a signed agreement, authorized for the given services.
	 */
	public UUID signedPartner(Set<String> services) {
		UUID partnerId = this.partners.register(unique("Partner"), CloudInstance.GLOBAL,
				EnumSet.of(Program.CLOUD_ESSENTIALS), services);
		this.partners.signAgreement(partnerId, "2026-01", "Test Signer");
		return partnerId;
	}

	public UUID unsignedPartner() {
		return this.partners.register(unique("Unsigned"), CloudInstance.GLOBAL, EnumSet.noneOf(Program.class),
				ALL_SERVICES);
	}

	/**
	 * A user of the partner with the given roles; its email is the sign-in name.
	 */
	public String user(UUID partnerId, PartnerRole... roles) {
		String email = uniqueEmail("user");
		this.partners.addUser(partnerId, email, "Test User", PASSWORD, "en",
				(roles.length == 0) ? EnumSet.noneOf(PartnerRole.class) : EnumSet.of(roles[0], roles));
		return email;
	}

	/**
	 * The signed-in principal of an account, as the login would make it.
	 */
	public PortalUser principal(SignInAccounts accounts, String username) {
		return accounts.findForSignIn(username).orElseThrow();
	}

}
