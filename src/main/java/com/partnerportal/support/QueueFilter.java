package com.partnerportal.support;

import java.util.UUID;

import com.partnerportal.platform.CloudInstance;

/**
 * The back-office queue's filters; each null means "any". {@code assignee} is one of
 * {@link AssigneeFilter}'s kinds with the back-office user it names.
 */
public record QueueFilter(ServiceRequestState state, ServiceRequestSeverity severity, CloudInstance cloudInstance,
		SlaState sla, AssigneeFilter assignee) {

	/**
	 * Whose requests: anyone's, nobody's (of the requests still open), or one back-office
	 * user's.
	 */
	public record AssigneeFilter(Kind kind, UUID userId) {

		public static final AssigneeFilter ANYONE = new AssigneeFilter(Kind.ANYONE, null);

		public static final AssigneeFilter UNASSIGNED = new AssigneeFilter(Kind.UNASSIGNED, null);

		public AssigneeFilter {
			if ((kind == Kind.USER) != (userId != null)) {
				throw new IllegalArgumentException("A user's filter names the user, and only it");
			}
		}

		public static AssigneeFilter user(UUID userId) {
			return new AssigneeFilter(Kind.USER, userId);
		}

		public enum Kind {

			ANYONE, UNASSIGNED, USER

		}

	}

}
