-- Tenant administration: a customer's users and their licenses, groups, mailboxes and data
-- migrations. Every row carries its customer, and every page looks rows up by it.

create table tenant_user (
    id            uuid         not null primary key,
    customer_id   uuid         not null references customer (id),
    display_name  varchar(200) not null,
    user_name     varchar(64)  not null check (user_name ~ '^[a-z0-9._-]{1,64}$'),
    created_at    timestamptz  not null,
    version       bigint       not null
);
-- The user name is the local part of the user's address in the tenant's domain.
create unique index tenant_user_user_name on tenant_user (customer_id, lower(user_name));
create index tenant_user_customer on tenant_user (customer_id, created_at, id);

-- Which users hold a license of which subscription; never more than its license count
-- (checked by the service under a per-tenant advisory lock).
create table tenant_user_license (
    user_id          uuid not null references tenant_user (id),
    subscription_id  uuid not null references subscription (id),
    primary key (user_id, subscription_id)
);
create index tenant_user_license_subscription on tenant_user_license (subscription_id);

create table tenant_group (
    id           uuid         not null primary key,
    customer_id  uuid         not null references customer (id),
    name         varchar(100) not null,
    created_at   timestamptz  not null,
    version      bigint       not null
);
create unique index tenant_group_name on tenant_group (customer_id, lower(name));

create table tenant_group_member (
    group_id  uuid not null references tenant_group (id),
    user_id   uuid not null references tenant_user (id),
    primary key (group_id, user_id)
);
create index tenant_group_member_user on tenant_group_member (user_id);

create table mailbox (
    id           uuid         not null primary key,
    customer_id  uuid         not null references customer (id),
    user_id      uuid         not null references tenant_user (id),
    address      varchar(320) not null,
    size_gb      int          not null check (size_gb between 1 and 100),
    created_at   timestamptz  not null,
    version      bigint       not null
);
create unique index mailbox_user on mailbox (user_id);
create unique index mailbox_address on mailbox (lower(address));
create index mailbox_customer on mailbox (customer_id, address);

create table data_migration (
    id                 uuid         not null primary key,
    customer_id        uuid         not null references customer (id),
    source_system      varchar(32)  not null,
    scheduled_for      timestamptz  not null,
    state              varchar(16)  not null,
    requested_by_name  varchar(320) not null,
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null,
    version            bigint       not null
);
create index data_migration_customer on data_migration (customer_id, created_at desc);

-- The mailboxes a migration moves, by address: the request keeps them even if a mailbox is
-- removed later.
create table data_migration_mailbox (
    migration_id  uuid         not null references data_migration (id),
    address       varchar(320) not null,
    primary key (migration_id, address)
);
