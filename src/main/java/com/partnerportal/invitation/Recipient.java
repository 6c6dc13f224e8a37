package com.partnerportal.invitation;

import java.util.UUID;

/**
 * Who an invitation goes to: a new customer's contact ({@code customerId} null) or an
 * existing customer's first admin.
 */
record Recipient(UUID customerId, String companyName, String contactName, String email, String language) {
}
