-- Delegated administration: which partner may administer which customer's tenant.
create table delegated_admin (
    id                 uuid         not null primary key,
    customer_id        uuid         not null references customer (id),
    partner_id         uuid         not null references partner (id),
    state              varchar(16)  not null,
    invitation_id      uuid,
    approved_at        timestamptz  not null,
    approved_by_id     uuid,
    approved_by_name   varchar(320) not null,
    ended_at           timestamptz,
    ended_by_name      varchar(320),
    end_reason         varchar(32),
    version            bigint       not null
);
-- Invariant 1: at most one active delegated admin per customer, enforced by PostgreSQL.
create unique index delegated_admin_one_active_per_customer on delegated_admin (customer_id) where state = 'ACTIVE';
create index delegated_admin_customer on delegated_admin (customer_id, approved_at desc);
create index delegated_admin_partner_active on delegated_admin (partner_id) where state = 'ACTIVE';

-- A trial invitation or purchase offer may carry a delegated-admin request; a request can
-- also be sent alone (an invitation of kind DELEGATED_ADMIN, without lines).
alter table invitation add column delegated_admin_requested boolean not null default false;
alter table invitation add column delegated_admin_decision varchar(16);

create index subscription_partner_of_record on subscription (partner_of_record_id, created_at) where partner_of_record_id is not null;
