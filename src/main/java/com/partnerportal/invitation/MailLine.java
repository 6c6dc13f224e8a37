package com.partnerportal.invitation;

/**
 * A purchase-offer line as a mail shows it, formatted in the recipient's language.
 */
public record MailLine(String offerName, int quantity, String billingTerm, String unitPrice, String total) {

}
