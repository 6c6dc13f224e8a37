package com.partnerportal.invitation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.partnerportal.catalog.BillingTerm;
import com.partnerportal.delegation.DelegatedRole;
import com.partnerportal.delegation.DelegationTerms;
import com.partnerportal.invitation.NewPurchaseOffer;
import com.partnerportal.invitation.PurchaseOfferLine;
import com.partnerportal.invitation.PurchaseOffers;
import com.partnerportal.platform.web.SupportedLanguage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * The new-purchase-offer form: the recipient as on the trial form, up to
 * {@link PurchaseOffers#MAX_LINES} lines (empty rows are ignored), a message and the
 * validity.
 */
public record PurchaseOfferForm(UUID customerId, @Size(max = 200, message = "{validation.too-long}") String companyName,
		@Size(max = 200, message = "{validation.too-long}") String contactName,
		@Email(regexp = ".+@[^@]+\\.[^@]+", message = "{validation.email}") @Size(max = 320,
				message = "{validation.too-long}") String email,
		@SupportedLanguage(message = "{invitation.language.unsupported}") String language,
		@Size(max = 1000, message = "{validation.too-long}") String personalMessage, List<@Valid Line> lines,
		@NotNull(message = "{validation.required}") @Min(value = 1, message = "{offer.validDays.range}") @Max(
				value = PurchaseOffers.MAX_VALID_DAYS, message = "{offer.validDays.range}") Integer validDays,
		Boolean delegatedAdmin, List<DelegatedRole> delegatedRoles, Integer delegatedDays,
		Boolean delegatedAutoExtend) {

	/**
	 * Rows the browser did not send (or sent empty) are empty rows, and there are always
	 * {@link PurchaseOffers#MAX_LINES} to show (more only when more were sent, which
	 * {@link #rejectExtraRows} refuses). The browser always sends the new-customer email
	 * field: left empty (for an existing customer) it is no address, not a wrong one.
	 */
	public PurchaseOfferForm {
		email = RecipientFields.blankToNull(email);
		List<Line> rows = new ArrayList<>();
		if (lines != null) {
			lines.forEach((line) -> rows.add((line != null) ? line : Line.EMPTY));
		}
		while (rows.size() < PurchaseOffers.MAX_LINES) {
			rows.add(Line.EMPTY);
		}
		lines = rows;
	}

	static PurchaseOfferForm empty(UUID customerId, String language) {
		return new PurchaseOfferForm(customerId, null, null, null, language, null, List.of(),
				PurchaseOffers.DEFAULT_VALID_DAYS, false, List.of(), DelegationTerms.DEFAULT_DAYS, false);
	}

	/**
	 * The empty form with its first line prefilled: an offer code and a quantity that do
	 * not look like one are left out (the form shows them as not chosen).
	 */
	static PurchaseOfferForm prefilled(UUID customerId, String language, String offerCode, String quantity) {
		if (offerCode == null || !offerCode.matches("[A-Z0-9_]{1,40}")) {
			return empty(customerId, language);
		}
		Integer licenses = (quantity != null && quantity.matches("[0-9]{1,5}") && Integer.parseInt(quantity) >= 1
				&& Integer.parseInt(quantity) <= 10000) ? Integer.valueOf(quantity) : null;
		return new PurchaseOfferForm(customerId, null, null, null, language, null,
				List.of(new Line(offerCode, licenses, BillingTerm.MONTHLY)), PurchaseOffers.DEFAULT_VALID_DAYS, false,
				List.of(), DelegationTerms.DEFAULT_DAYS, false);
	}

	/**
	 * The form has {@link PurchaseOffers#MAX_LINES} rows; a request with more is refused
	 * with the limit, at the lines.
	 */
	void rejectExtraRows(Errors errors) {
		if (this.lines.size() > PurchaseOffers.MAX_LINES) {
			errors.rejectValue("lines", "offer.lines.too-many", new Object[] { PurchaseOffers.MAX_LINES }, null);
		}
	}

	/**
	 * The rows the partner filled in (an offer chosen), in order.
	 */
	List<PurchaseOfferLine> filledLines() {
		return this.lines.stream()
			.filter(Line::isFilled)
			.map((line) -> new PurchaseOfferLine(line.offerCode(), line.quantity(), line.billingTerm()))
			.toList();
	}

	/**
	 * Where the n-th filled line sits among the rows (error messages point at the row).
	 */
	int rowOf(int filledIndex) {
		int seen = -1;
		for (int row = 0; row < this.lines.size(); row++) {
			if (this.lines.get(row).isFilled() && ++seen == filledIndex) {
				return row;
			}
		}
		return filledIndex;
	}

	NewPurchaseOffer toCommand() {
		return new NewPurchaseOffer(this.customerId, this.companyName, this.contactName, this.email, this.language,
				this.personalMessage, filledLines(), this.validDays, Boolean.TRUE.equals(this.delegatedAdmin),
				DelegationTermsFields.terms(this.delegatedRoles, this.delegatedDays, this.delegatedAutoExtend));
	}

	/**
	 * One row of the form.
	 */
	public record Line(String offerCode, @Min(value = 1, message = "{offer.line.quantity.range}") @Max(value = 10000,
			message = "{offer.line.quantity.range}") Integer quantity, BillingTerm billingTerm) {

		static final Line EMPTY = new Line(null, null, BillingTerm.MONTHLY);

		boolean isFilled() {
			return this.offerCode != null && !this.offerCode.isBlank();
		}

	}

}
