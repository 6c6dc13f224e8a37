package com.partnerportal.audit;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a customer picks on its activity page: only what partners did (or everything), one
 * partner, one action, a period (inclusive days, UTC).
 */
public record ActivityFilter(boolean partnersOnly, UUID partnerId, String action, LocalDate from, LocalDate to) {

}
