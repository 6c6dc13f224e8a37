-- issue 11: emailed account links (set a password, reset it, accept a team invitation), one per
-- mail; only the SHA-256 of the token is stored, each link expires and is used at most once.
create table account_link (
    id           uuid        not null primary key,
    token_hash   varchar(64) not null,
    purpose      varchar(16) not null check (purpose in ('SET_PASSWORD', 'RESET_PASSWORD')),
    account_kind varchar(32) not null check (account_kind in ('PARTNER_USER', 'CUSTOMER_ADMIN', 'BACK_OFFICE_ADMIN')),
    account_id   uuid        not null,
    created_at   timestamptz not null,
    expires_at   timestamptz not null,
    used_at      timestamptz,
    version      bigint      not null,
    check (expires_at > created_at)
);
create unique index account_link_token on account_link (token_hash);
-- a new link replaces the account's earlier unused ones
create index account_link_account on account_link (account_kind, account_id) where used_at is null;

-- the company profile a partner admin edits: the name shown, website and contact
create table partner_profile (
    partner_id    uuid         not null primary key references partner (id),
    display_name  varchar(200) not null,
    website       varchar(300),
    contact_name  varchar(200),
    contact_email varchar(320),
    contact_phone varchar(40),
    updated_at    timestamptz  not null,
    version       bigint       not null
);
