package com.partnerportal.invitation;

/**
 * What the customer chose on the link's page: for a new customer the tenant to create
 * ({@code newTenant} null to accept into a tenant it already has or administers), and
 * whether to approve the delegated-admin request the invitation carries (a request sent
 * alone is approved by accepting it).
 */
public record CustomerChoices(NewTenantDetails newTenant, boolean approveDelegatedAdmin) {

}
