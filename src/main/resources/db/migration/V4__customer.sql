create table customer (
    id                    uuid         not null primary key,
    name                  varchar(200) not null,
    domain_prefix         varchar(63)  not null,
    cloud_instance        varchar(32)  not null,
    language              varchar(8)   not null,
    invited_by_partner_id uuid,
    created_at            timestamptz  not null,
    version               bigint       not null
);
create unique index customer_domain_prefix on customer (domain_prefix);

-- Which partners a customer works with (the partner's "customers" list).
create table customer_partner (
    customer_id    uuid        not null references customer (id),
    partner_id     uuid        not null,
    since          timestamptz not null,
    primary key (customer_id, partner_id)
);
create index customer_partner_partner on customer_partner (partner_id, since desc);

create table customer_account (
    id            uuid         not null primary key,
    customer_id   uuid         not null references customer (id),
    sign_in_name  varchar(320) not null,
    display_name  varchar(200) not null,
    contact_email varchar(320),
    password_hash varchar(200) not null,
    language      varchar(8)   not null,
    created_at    timestamptz  not null,
    version       bigint       not null
);
create unique index customer_account_sign_in_name on customer_account (lower(sign_in_name));
create index customer_account_customer on customer_account (customer_id);

create table subscription (
    id                     uuid        not null primary key,
    customer_id            uuid        not null references customer (id),
    offer_code             varchar(40) not null references catalog_offer (code),
    status                 varchar(16) not null,
    license_count          int         not null check (license_count > 0),
    billing_term           varchar(16),
    trial_ends_at          timestamptz,
    sold_by_partner_id     uuid,
    partner_of_record_id   uuid,
    created_at             timestamptz not null,
    version                bigint      not null
);
create index subscription_customer on subscription (customer_id, created_at);
-- A customer has at most one trial per offer, ever.
create unique index subscription_one_trial_per_offer on subscription (customer_id, offer_code) where trial_ends_at is not null;
