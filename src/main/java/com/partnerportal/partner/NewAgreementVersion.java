package com.partnerportal.partner;

/**
 * A version of the Partner Agreement to publish now.
 *
 * @param label how partners and the back office name it (e.g. {@code 2026-11})
 * @param textEn the text in English
 * @param textJa the text in Japanese
 * @param textKo the text in Korean
 * @param gracePeriodDays the days partners have to accept it before their sales freeze
 */
public record NewAgreementVersion(String label, String textEn, String textJa, String textKo, int gracePeriodDays) {

}
