package com.partnerportal.invitation.web;

import java.util.List;

import com.partnerportal.invitation.InvitationRejectedException.Reason;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.BeanWrapperImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8, item 5: the invitation module says why it refuses, the web layer says where:
 * every reason lands on a field the forms have, and a line's reason on that line's row.
 */
class InvitationRejectionFieldsTest {

	private static final TrialInvitationForm TRIAL_FORM = TrialInvitationForm.empty(null, "en");

	private static final PurchaseOfferForm OFFER_FORM = new PurchaseOfferForm(
			null, null, null, null, "en", null, List.of(new PurchaseOfferForm.Line(null, null, null),
					new PurchaseOfferForm.Line(null, null, null), new PurchaseOfferForm.Line(null, null, null)),
			30, false, List.of(), 90, false);

	@ParameterizedTest
	@EnumSource(Reason.class)
	void everyReasonLandsOnAFieldOfAnInvitationForm(Reason reason) {
		String field = InvitationRejectionFields.fieldOf(reason, 2);
		boolean onTrialForm = new BeanWrapperImpl(TRIAL_FORM).isReadableProperty(field);
		boolean onOfferForm = new BeanWrapperImpl(OFFER_FORM).isReadableProperty(field);
		// the delegated-admin request by tenant domain is a form of one field
		assertThat(onTrialForm || onOfferForm || field.equals("domain")).as(field).isTrue();
	}

	@ParameterizedTest
	@CsvSource({ "LINE_OFFER_REPEATED, 1, lines[1].offerCode", "LINE_QUANTITY_OUT_OF_RANGE, 0, lines[0].quantity",
			"LINE_WITHOUT_BILLING_TERM, 2, lines[2].billingTerm", "LINE_IN_ANOTHER_CURRENCY, 2, lines[2].offerCode",
			"LINE_OFFER_NOT_AUTHORIZED, 0, lines[0].offerCode", "VALIDITY_OUT_OF_RANGE, 1, validDays",
			"TOO_MANY_LINES, 1, lines", "TRIAL_ALREADY_USED, 0, offerCodes",
			"DELEGATED_ADMIN_REQUEST_OPEN, 0, delegatedAdmin", "ALREADY_DELEGATED_ADMIN, 0, delegatedAdmin",
			"RECIPIENT_ALREADY_KNOWN, 0, email", "LANGUAGE_UNSUPPORTED, 0, language" })
	void aReasonMapsToItsField(Reason reason, int row, String field) {
		assertThat(InvitationRejectionFields.fieldOf(reason, row)).isEqualTo(field);
	}

}
