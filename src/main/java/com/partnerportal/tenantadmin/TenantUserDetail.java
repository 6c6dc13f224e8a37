package com.partnerportal.tenantadmin;

import java.util.List;

/**
 * A tenant user with what hangs on it: its mailbox (or null) and its groups. Removing the
 * user removes them too.
 */
public record TenantUserDetail(TenantUserView user, MailboxView mailbox, List<GroupView> groups) {

}
