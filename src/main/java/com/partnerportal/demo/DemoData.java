package com.partnerportal.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.customer.CreatedTenant;
import com.partnerportal.customer.Customers;
import com.partnerportal.customer.NewTenant;
import com.partnerportal.customer.TrialStart;
import com.partnerportal.delegation.DelegatedAdmins;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.partner.Program;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.CloudInstance;
import com.partnerportal.platform.security.BackOfficeAdmins;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo accounts listed in the README, once: when the back-office demo admin
 * exists, nothing is loaded again. Besides the partners, one customer (Adatum, with two
 * trials) has approved Contoso as its delegated admin, so that the console can be tried
 * at once.
 */
@Component
@ConditionalOnBooleanProperty(name = "portal.demo-data.enabled", matchIfMissing = true)
class DemoData implements ApplicationRunner {

	static final String PASSWORD = "demo-password";

	static final String ADMIN_EMAIL = "admin@operator.example";

	private static final Logger logger = LoggerFactory.getLogger(DemoData.class);

	private static final Set<String> ALL_SERVICES = Set.of("MAIL", "FILE_SHARING", "MEETINGS", "OFFICE_APPS",
			"ARCHIVING", "SECURITY");

	private final Partners partners;

	private final BackOfficeAdmins admins;

	private final Customers customers;

	private final DelegatedAdmins delegatedAdmins;

	DemoData(Partners partners, BackOfficeAdmins admins, Customers customers, DelegatedAdmins delegatedAdmins) {
		this.partners = partners;
		this.admins = admins;
		this.customers = customers;
		this.delegatedAdmins = delegatedAdmins;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.admins.exists(ADMIN_EMAIL)) {
			return;
		}
		this.admins.create(ADMIN_EMAIL, "Olivia Operator", PASSWORD, "en");

		UUID contoso = this.partners.register("Contoso Cloud Partners", CloudInstance.GLOBAL,
				EnumSet.of(Program.CLOUD_ESSENTIALS, Program.CLOUD_ACCELERATE), ALL_SERVICES);
		this.partners.signAgreement(contoso, "2026-01", "Paula Partner");
		this.partners.addUser(contoso, "paula@contoso-partners.example", "Paula Partner", PASSWORD, "en",
				EnumSet.of(PartnerRole.PARTNER_ADMIN, PartnerRole.SALES_AGENT));
		this.partners.addUser(contoso, "sam@contoso-partners.example", "Sam Sales", PASSWORD, "en",
				EnumSet.of(PartnerRole.SALES_AGENT));
		this.partners.addUser(contoso, "ada@contoso-partners.example", "Ada Admin-Agent", PASSWORD, "en",
				EnumSet.of(PartnerRole.ADMIN_AGENT));
		this.partners.addUser(contoso, "hana@contoso-partners.example", "Hana Helpdesk", PASSWORD, "ja",
				EnumSet.of(PartnerRole.HELPDESK_AGENT));

		UUID fabrikam = this.partners.register("Fabrikam Mail Services", CloudInstance.GLOBAL,
				EnumSet.noneOf(Program.class), Set.of("MAIL", "ARCHIVING"));
		this.partners.signAgreement(fabrikam, "2026-01", "Minjun Kim");
		this.partners.addUser(fabrikam, "minjun@fabrikam-mail.example", "Minjun Kim", PASSWORD, "ko",
				EnumSet.of(PartnerRole.PARTNER_ADMIN, PartnerRole.SALES_AGENT));

		UUID northwind = this.partners.register("Northwind Traders IT", CloudInstance.CHINA_21VIANET,
				EnumSet.of(Program.CLOUD_DEPLOYMENT), ALL_SERVICES);
		this.partners.addUser(northwind, "wei@northwind-it.example", "Wei Zhang", PASSWORD, "en",
				EnumSet.of(PartnerRole.PARTNER_ADMIN, PartnerRole.SALES_AGENT));

		CreatedTenant adatum = this.customers.createTenant(new NewTenant("Adatum Corporation", "adatum", "Alex Adatum",
				PASSWORD, "alex@adatum.example", "en", CloudInstance.GLOBAL, contoso), Actor.system());
		this.customers.startTrials(adatum.customerId(), contoso,
				List.of(new TrialStart("BUSINESS_STANDARD", 25, 30), new TrialStart("MAIL_PLAN_1", 50, 30)),
				Actor.system());
		this.delegatedAdmins.approve(adatum.customerId(), "Adatum Corporation", contoso, null,
				Actor.of(adatum.admin()));

		logger.info("Demo data loaded: sign in as {} (back office) or paula@contoso-partners.example (partner)",
				ADMIN_EMAIL);
	}

}
