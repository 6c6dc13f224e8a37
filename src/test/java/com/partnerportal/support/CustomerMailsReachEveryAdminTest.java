package com.partnerportal.support;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.delegation.DelegatedAdmins;
import com.partnerportal.delegation.OperatorEndReason;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.BackOfficeRole;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestTenants;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, finishing item 4: a mail meant for the customer goes to every one of its
 * admins (each in its language, one per address), not only to the first one; the admin
 * who made the change is not told of it.
 */
@PortalIntegrationTest
class CustomerMailsReachEveryAdminTest {

	@Autowired
	TestTenants tenants;

	@Autowired
	TestData testData;

	@Autowired
	Partners partners;

	@Autowired
	ServiceRequests serviceRequests;

	@Autowired
	DelegatedAdmins delegatedAdmins;

	@Autowired
	JdbcTemplate jdbc;

	private final PortalUser supportStaff = new PortalUser(UUID.randomUUID(), AccountKind.BACK_OFFICE_ADMIN, null,
			"olga@operator.example", "Olga Operator", Locale.ENGLISH, Set.of(BackOfficeRole.BACK_OFFICE_ADMIN.name()),
			null);

	@Test
	void serviceRequestMailsGoToEveryAdminButTheAuthor() {
		TestTenants.Tenant tenant = this.tenants.acceptedTrial();
		String second = secondAdmin(tenant.customerId(), "ko");
		// a third admin with the first one's address: one mail to that address
		secondAdminAt(tenant.customerId(), tenant.contactEmail());

		ServiceRequestView request = this.serviceRequests.open(tenant.admin(), tenant.customerId(),
				new NewServiceRequest(TestData.unique("Printer"), "It does not print.",
						ServiceRequestCategory.TECHNICAL, ServiceRequestSeverity.NORMAL));
		assertThat(mails(tenant.contactEmail(), ServiceRequestMails.OPENED)).isEmpty();
		assertThat(mails(second, ServiceRequestMails.OPENED)).containsExactly("ko");

		this.serviceRequests.answer(this.supportStaff, request.id(), "Try turning it off and on.",
				ServiceRequestState.WAITING_FOR_CUSTOMER);
		assertThat(mails(tenant.contactEmail(), ServiceRequestMails.REPLIED)).containsExactly("en");
		assertThat(mails(second, ServiceRequestMails.REPLIED)).containsExactly("ko");
	}

	@Test
	void theOperatorEndingARelationshipTellsEveryAdmin() {
		UUID partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		PortalUser seller = this.testData.principal(this.partners,
				this.testData.user(partnerId, PartnerRole.SALES_AGENT));
		TestTenants.Tenant tenant = this.tenants.acceptedTrial(seller, true);
		String second = secondAdmin(tenant.customerId(), "ja");
		UUID relationship = this.delegatedAdmins.current(tenant.customerId()).orElseThrow().id();

		this.delegatedAdmins.endByOperator(tenant.customerId(), tenant.name(), relationship,
				OperatorEndReason.SECURITY_CONCERN, null, Actor.of(this.supportStaff));

		assertThat(mails(tenant.contactEmail(), "delegated-admin-ended-by-operator-customer")).containsExactly("en");
		assertThat(mails(second, "delegated-admin-ended-by-operator-customer")).containsExactly("ja");
	}

	private String secondAdmin(UUID customerId, String language) {
		String email = TestData.uniqueEmail("second-admin");
		insertAdmin(customerId, email, language);
		return email;
	}

	private void secondAdminAt(UUID customerId, String contactEmail) {
		insertAdmin(customerId, contactEmail, "en");
	}

	private void insertAdmin(UUID customerId, String contactEmail, String language) {
		this.jdbc.update("""
				insert into customer_account (id, customer_id, sign_in_name, display_name, contact_email, password_hash,
				                              language, created_at, version)
				values (?, ?, ?, 'Second Admin', ?, 'not-a-hash', ?, ?, 0)""", UUID.randomUUID(), customerId,
				TestData.unique("admin") + "@tenant.cloudportal.example", contactEmail, language,
				Timestamp.from(Instant.now()));
	}

	private List<String> mails(String recipient, String name) {
		return this.jdbc.queryForList("select language from mail_message where recipient = ? and template = ?",
				String.class, recipient, name);
	}

}
