package com.partnerportal.audit;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An activity-log entry's detail as people read it, in their language. Most details are
 * names (a company, a partner, an address) and are shown as recorded; some events record
 * codes, which are shown by their names: a subscription's offer and license count
 * ({@code BUSINESS_PREMIUM × 25}), a data migration's source system
 * ({@code IMAP: a@b, c@d}).
 */
@Component("activityDetails")
public class ActivityDetails {

	/**
	 * As {@code CustomerActivity} records a subscription change: offer code × license
	 * count.
	 */
	private static final Pattern OFFER_AND_LICENSES = Pattern.compile("([A-Z0-9_]+) × (\\d{1,9})");

	/** As {@code DataMigration} summarizes itself: source system, then mailboxes. */
	private static final Pattern SOURCE_AND_MAILBOXES = Pattern.compile("([A-Z_]+): (.*)", Pattern.DOTALL);

	/**
	 * As {@code DelegatedAdminEndedByOperator} records itself: partner · reason · note.
	 */
	private static final Pattern OPERATOR_END = Pattern.compile("(.*?) · ([A-Z_]+)( · .*)?", Pattern.DOTALL);

	private final MessageSource messages;

	ActivityDetails(MessageSource messages) {
		this.messages = messages;
	}

	public String text(ActivityEntry entry, Locale locale) {
		return text(this.messages, entry, locale);
	}

	/**
	 * As {@link #text(ActivityEntry, Locale)}, for code that has the messages at hand.
	 */
	public static String text(MessageSource messages, ActivityEntry entry, Locale locale) {
		String detail = (entry.detail() != null) ? entry.detail() : "";
		String action = (entry.action() != null) ? entry.action() : "";
		if (action.startsWith("SUBSCRIPTION_")) {
			Matcher offer = OFFER_AND_LICENSES.matcher(detail);
			if (offer.matches()) {
				String offerName = messages.getMessage("catalog.offer." + offer.group(1) + ".name", null,
						offer.group(1), locale);
				return messages.getMessage("languages.activity.licenses",
						new Object[] { offerName, Integer.parseInt(offer.group(2)) }, locale);
			}
		}
		if (action.startsWith("TENANT_MIGRATION_")) {
			Matcher migration = SOURCE_AND_MAILBOXES.matcher(detail);
			if (migration.matches()) {
				String source = messages.getMessage("tenant.sourceSystem." + migration.group(1), null,
						migration.group(1), locale);
				return messages.getMessage("languages.activity.migration", new Object[] { source, migration.group(2) },
						locale);
			}
		}
		if ("DELEGATED_ADMIN_ENDED_BY_OPERATOR".equals(action)) {
			Matcher ended = OPERATOR_END.matcher(detail);
			if (ended.matches()) {
				String reason = messages.getMessage("delegation.operatorEnd.reason." + ended.group(2), null,
						ended.group(2), locale);
				return ended.group(1) + " · " + reason + ((ended.group(3) != null) ? ended.group(3) : "");
			}
		}
		return detail;
	}

}
