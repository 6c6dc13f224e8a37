package com.partnerportal.tenantadmin;

import java.util.List;

/**
 * A group with its members, and the tenant's users who could be added to it.
 */
public record GroupDetail(GroupView group, List<TenantUserView> members, List<TenantUserView> candidates) {

}
