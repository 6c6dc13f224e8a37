package com.partnerportal.platform;

/**
 * One count on the back office's home: what needs attention now, and the filtered list
 * that shows it.
 *
 * @param messageKey the label's message key
 * @param count how many things need attention
 * @param href the filtered list, a path under {@code /admin}
 */
public record AttentionItem(String messageKey, long count, String href) {

}
