-- Issue 12: the funnel at 10,000 invitations. Counting a year of a partner's invitations
-- takes tens of milliseconds, so a funnel once counted is kept in memory with the version of
-- the partner's pipeline it was counted at; every fact that moves the funnel (an invitation's
-- lifecycle, a delegated-admin relationship) raises that version as it commits, so each
-- node of the portal counts again on the next request after a change, and only then.
create table pipeline_version (
    partner_id uuid   primary key references partner (id),
    version    bigint not null check (version > 0)
);
