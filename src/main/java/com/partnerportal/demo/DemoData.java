package com.partnerportal.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.customer.CreatedTenant;
import com.partnerportal.customer.NewTenant;
import com.partnerportal.customer.Subscriptions;
import com.partnerportal.customer.Tenants;
import com.partnerportal.customer.TrialStart;
import com.partnerportal.delegation.DelegatedAdmins;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.partner.Program;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.BackOfficeRole;
import com.partnerportal.platform.CloudInstance;
import com.partnerportal.platform.security.BackOfficeAdmins;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Loads the demo accounts listed in the README, once: when the back-office demo admin
 * exists, nothing is loaded again. Besides the partners, one customer (Adatum, with two
 * trials) has approved Contoso as its delegated admin, so that the console can be tried
 * at once.
 * <p>
 * The first demo-data loader ({@link DemoDataLoader} says when and how loaders run): the
 * others build on these accounts.
 */
@DemoDataLoader.Enabled
class DemoData extends DemoDataLoader {

	static final String PASSWORD = "demo-password";

	static final String ADMIN_EMAIL = "admin@operator.example";

	static final String SUPPORT_EMAIL = "support@operator.example";

	/** This loader's step: the first. */
	static final int STEP = 0;

	/** This loader's lifecycle phase. */
	static final int PHASE = FIRST_PHASE + STEP;

	private static final Logger logger = LoggerFactory.getLogger(DemoData.class);

	private static final Set<String> ALL_SERVICES = Set.of("MAIL", "FILE_SHARING", "MEETINGS", "OFFICE_APPS",
			"ARCHIVING", "SECURITY");

	private final Partners partners;

	private final BackOfficeAdmins admins;

	private final Tenants customerTenants;

	private final Subscriptions customerSubscriptions;

	private final DelegatedAdmins delegatedAdmins;

	DemoData(Partners partners, BackOfficeAdmins admins, Tenants customerTenants, Subscriptions customerSubscriptions,
			DelegatedAdmins delegatedAdmins, PlatformTransactionManager transactionManager, JdbcTemplate jdbc) {
		super("accounts", STEP, transactionManager, jdbc);
		this.partners = partners;
		this.admins = admins;
		this.customerTenants = customerTenants;
		this.customerSubscriptions = customerSubscriptions;
		this.delegatedAdmins = delegatedAdmins;
	}

	@Override
	protected boolean alreadyPresent() {
		return this.admins.exists(ADMIN_EMAIL);
	}

	@Override
	protected void load() {
		this.admins.create(ADMIN_EMAIL, "Olivia Operator", PASSWORD, "en");
		this.admins.create(SUPPORT_EMAIL, "Sora Support", PASSWORD, "ja", BackOfficeRole.SUPPORT_AGENT);

		UUID contoso = this.partners.register("Contoso Cloud Partners", "contoso-partners.example",
				CloudInstance.GLOBAL, EnumSet.of(Program.CLOUD_ESSENTIALS, Program.CLOUD_ACCELERATE), ALL_SERVICES);
		this.partners.signAgreement(contoso, "2026-01", "Paula Partner");
		this.partners.addUser(contoso, "paula@contoso-partners.example", "Paula Partner", PASSWORD, "en",
				EnumSet.of(PartnerRole.PARTNER_ADMIN, PartnerRole.SALES_AGENT));
		this.partners.addUser(contoso, "sam@contoso-partners.example", "Sam Sales", PASSWORD, "en",
				EnumSet.of(PartnerRole.SALES_AGENT));
		this.partners.addUser(contoso, "ada@contoso-partners.example", "Ada Admin-Agent", PASSWORD, "en",
				EnumSet.of(PartnerRole.ADMIN_AGENT));
		this.partners.addUser(contoso, "hana@contoso-partners.example", "Hana Helpdesk", PASSWORD, "ja",
				EnumSet.of(PartnerRole.HELPDESK_AGENT));

		UUID fabrikam = this.partners.register("Fabrikam Mail Services", "fabrikam-mail.example", CloudInstance.GLOBAL,
				EnumSet.noneOf(Program.class), Set.of("MAIL", "ARCHIVING"));
		this.partners.signAgreement(fabrikam, "2026-01", "Minjun Kim");
		this.partners.addUser(fabrikam, "minjun@fabrikam-mail.example", "Minjun Kim", PASSWORD, "ko",
				EnumSet.of(PartnerRole.PARTNER_ADMIN, PartnerRole.SALES_AGENT));

		// a second partner eligible for delegated admin, so that a handover can be tried
		UUID litware = this.partners.register("Litware Cloud Services", "litware.example", CloudInstance.GLOBAL,
				EnumSet.of(Program.CLOUD_ACCELERATE), ALL_SERVICES);
		this.partners.signAgreement(litware, "2026-01", "Lee Litware");
		this.partners.addUser(litware, "lee@litware.example", "Lee Litware", PASSWORD, "en",
				EnumSet.of(PartnerRole.PARTNER_ADMIN, PartnerRole.SALES_AGENT, PartnerRole.ADMIN_AGENT));

		UUID northwind = this.partners.register("Northwind Traders IT", "northwind.example",
				CloudInstance.CHINA_21VIANET, EnumSet.of(Program.CLOUD_DEPLOYMENT), ALL_SERVICES);
		this.partners.addUser(northwind, "wei@northwind-it.example", "Wei Zhang", PASSWORD, "en",
				EnumSet.of(PartnerRole.PARTNER_ADMIN, PartnerRole.SALES_AGENT));

		// a customer in the cloud operated by 21Vianet, served by Northwind
		this.customerTenants.createTenant(new NewTenant("Woodgrove Shanghai", "woodgrove-sh", "Li Na", PASSWORD,
				"li.na@woodgrove-sh.example", "en", CloudInstance.CHINA_21VIANET, northwind), Actor.system());

		CreatedTenant adatum = this.customerTenants.createTenant(new NewTenant("Adatum Corporation", "adatum",
				"Alex Adatum", PASSWORD, "alex@adatum.example", "en", CloudInstance.GLOBAL, contoso), Actor.system());
		this.customerSubscriptions.startTrials(adatum.customerId(), contoso,
				List.of(new TrialStart("BUSINESS_STANDARD", 25, 30), new TrialStart("MAIL_PLAN_1", 50, 30)),
				Actor.system());
		this.delegatedAdmins.approve(adatum.customerId(), "Adatum Corporation", contoso, null,
				Actor.of(adatum.admin()));

		logger.info("Demo data loaded: sign in as {} (back office) or paula@contoso-partners.example (partner)",
				ADMIN_EMAIL);
	}

}
