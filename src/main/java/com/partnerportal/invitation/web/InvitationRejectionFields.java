package com.partnerportal.invitation.web;

import com.partnerportal.invitation.InvitationRejectedException;

import org.springframework.validation.BindingResult;

/**
 * Where the invitation forms show why the invitation module refused what was entered: a
 * reason maps to the form field it is about; a reason about one line of a purchase offer
 * to that line's row.
 */
final class InvitationRejectionFields {

	private InvitationRejectionFields() {
	}

	/**
	 * The form field a reason belongs to; {@code row} is the form row of the line the
	 * reason names (ignored for other reasons).
	 */
	static String fieldOf(InvitationRejectedException.Reason reason, int row) {
		return switch (reason) {
			case NO_OFFERS, TOO_MANY_OFFERS, OFFER_NOT_AUTHORIZED, TRIAL_ALREADY_USED -> "offerCodes";
			case RECIPIENT_ALREADY_KNOWN -> "email";
			case LANGUAGE_UNSUPPORTED -> "language";
			case NOT_ELIGIBLE_FOR_DELEGATED_ADMIN, ALREADY_DELEGATED_ADMIN, DELEGATED_ADMIN_REQUEST_OPEN ->
				"delegatedAdmin";
			case DELEGATED_ROLES_REQUIRED -> "delegatedRoles";
			case DELEGATED_DAYS_OUT_OF_RANGE -> "delegatedDays";
			case DELEGATED_AUTO_EXTEND_WITH_EVERY_ROLE -> "delegatedAutoExtend";
			case UNKNOWN_TENANT_DOMAIN, TENANT_OF_ANOTHER_CLOUD_INSTANCE -> "domain";
			case VALIDITY_OUT_OF_RANGE -> "validDays";
			case NO_LINES, TOO_MANY_LINES -> "lines";
			case LINE_OFFER_NOT_AUTHORIZED, LINE_OFFER_REPEATED, LINE_IN_ANOTHER_CURRENCY ->
				"lines[" + row + "].offerCode";
			case LINE_QUANTITY_OUT_OF_RANGE -> "lines[" + row + "].quantity";
			case LINE_WITHOUT_BILLING_TERM -> "lines[" + row + "].billingTerm";
		};
	}

	/**
	 * Whether the reason is about the terms of a delegated-admin request (roles,
	 * duration, auto-extension).
	 */
	static boolean isAboutTerms(InvitationRejectedException.Reason reason) {
		return switch (reason) {
			case DELEGATED_ROLES_REQUIRED, DELEGATED_DAYS_OUT_OF_RANGE, DELEGATED_AUTO_EXTEND_WITH_EVERY_ROLE -> true;
			default -> false;
		};
	}

	/**
	 * Rejects the field of a refusal of a form without lines.
	 */
	static void reject(BindingResult result, InvitationRejectedException ex) {
		reject(result, ex, 0);
	}

	/**
	 * Rejects the field of a refusal; {@code row} is the form row of the line it names.
	 */
	static void reject(BindingResult result, InvitationRejectedException ex, int row) {
		result.rejectValue(fieldOf(ex.reason(), row), ex.messageKey(), ex.arguments(), ex.messageKey());
	}

}
