package com.partnerportal.support;

import java.util.UUID;

/**
 * The back-office user a request is assigned to.
 */
record Assignee(UUID id, String name) {

}
