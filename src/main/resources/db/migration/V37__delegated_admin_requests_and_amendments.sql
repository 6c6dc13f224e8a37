-- Granular delegated admin (issue 12): what a delegated-admin request asks for, and the
-- partner's amendments of a relationship.

-- The roles (DelegatedRole names, comma separated), the duration in days and whether the
-- relationship extends itself. Null roles: a request sent before roles existed (approving
-- it grants every role, without an end date).
alter table invitation add column delegated_roles varchar(200);
alter table invitation add column delegated_days integer;
alter table invitation add column delegated_auto_extend boolean not null default false;
alter table invitation add constraint invitation_delegated_days_range
    check (delegated_days is null or delegated_days between 1 and 730);

-- A partner's proposal to change a relationship: roles added and removed, an extension in
-- days. The relationship stays one row; its amendments are its history.
create table delegated_admin_amendment (
    id               uuid         not null primary key,
    relationship_id  uuid         not null references delegated_admin (id),
    customer_id      uuid         not null references customer (id),
    partner_id       uuid         not null references partner (id),
    state            varchar(16)  not null
        check (state in ('PROPOSED', 'ACCEPTED', 'REFUSED', 'REPLACED', 'LAPSED')),
    roles_added      varchar(200) not null,
    roles_removed    varchar(200) not null,
    extension_days   integer check (extension_days between 1 and 730),
    proposed_at      timestamptz  not null,
    proposed_by_name varchar(320) not null,
    decided_at       timestamptz,
    decided_by_name  varchar(320),
    ends_at_before   timestamptz,
    ends_at_after    timestamptz,
    version          bigint       not null
);
-- one open amendment per relationship, enforced by PostgreSQL
create unique index delegated_admin_amendment_one_open on delegated_admin_amendment (relationship_id)
    where state = 'PROPOSED';
create index delegated_admin_amendment_history on delegated_admin_amendment (relationship_id, proposed_at desc);
create index delegated_admin_amendment_customer on delegated_admin_amendment (customer_id);
