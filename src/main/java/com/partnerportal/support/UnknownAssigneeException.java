package com.partnerportal.support;

/**
 * The assignee chosen is no back-office user (a forged or outdated form): the form says
 * so at its field, with a 400.
 */
public class UnknownAssigneeException extends RuntimeException {

	public UnknownAssigneeException() {
		super(ServiceRequestQueue.UNKNOWN_ASSIGNEE);
	}

	public String messageKey() {
		return ServiceRequestQueue.UNKNOWN_ASSIGNEE;
	}

}
