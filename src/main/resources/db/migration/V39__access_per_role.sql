-- Access per role (issue 12).
-- 1. The delegated role that allowed a partner's action in a customer's tenant, as the
--    activity log records it (null: the customer's own admin acted, the back office did,
--    or the entry is older than roles).
alter table audit_entry add column delegated_role varchar(40);
alter table audit_entry add constraint audit_entry_delegated_role check (delegated_role in
    ('USERS_AND_LICENSES', 'GROUPS', 'MAILBOXES', 'DATA_MIGRATIONS', 'SERVICE_REQUESTS', 'READ_ONLY'));

-- 2. A partner user limited to named customers by its partner's admin: no rows, every
--    customer its partner administers. The tenant check reads it by (user_id, customer_id);
--    the scope page and the customer list by user_id.
create table partner_user_customer_scope (
    user_id     uuid        not null references partner_user (id),
    customer_id uuid        not null references customer (id),
    added_at    timestamptz not null,
    primary key (user_id, customer_id)
);
create index partner_user_customer_scope_customer on partner_user_customer_scope (customer_id);
