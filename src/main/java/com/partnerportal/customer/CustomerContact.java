package com.partnerportal.customer;

import java.util.Locale;
import java.util.UUID;

/**
 * Where mail for a customer goes: its first admin's contact address, in its language.
 */
public record CustomerContact(UUID customerId, String customerName, String name, String email, Locale locale) {

}
