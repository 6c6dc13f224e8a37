create table invitation (
    id                 uuid         not null primary key,
    kind               varchar(16)  not null,
    partner_id         uuid         not null,
    sent_by_user_id    uuid         not null,
    customer_id        uuid,
    company_name       varchar(200) not null,
    contact_name       varchar(200) not null,
    email              varchar(320) not null,
    language           varchar(8)   not null,
    personal_message   varchar(2000),
    state              varchar(16)  not null,
    token_hash         varchar(64)     not null,
    expires_at         timestamptz  not null,
    created_at         timestamptz  not null,
    sent_at            timestamptz  not null,
    viewed_at          timestamptz,
    decided_at         timestamptz,
    version            bigint       not null
);
create unique index invitation_token_hash on invitation (token_hash);
create index invitation_partner_created on invitation (partner_id, created_at desc);
create index invitation_partner_state on invitation (partner_id, state, created_at desc);
create index invitation_open_expiry on invitation (expires_at) where state in ('SENT', 'VIEWED');

create table invitation_line (
    invitation_id uuid        not null references invitation (id),
    line_no       int         not null,
    offer_code    varchar(40) not null references catalog_offer (code),
    primary key (invitation_id, line_no)
);
