-- Service requests: support tickets to the operator, opened by a customer or by a partner
-- on the customer's behalf, and their conversation.

-- People read a request's number ("SR-1001"); it is not the key.
create sequence service_request_number start with 1001;

create table service_request (
    id               uuid          not null primary key,
    customer_id      uuid          not null references customer (id),
    number           bigint        not null,
    title            varchar(200)  not null,
    description      varchar(4000) not null,
    category         varchar(16)   not null,
    severity         varchar(16)   not null,
    state            varchar(24)   not null,
    opened_by_kind   varchar(32)   not null,
    opened_by_id     uuid,
    opened_by_name   varchar(320)  not null,
    -- the partner that opened it on the customer's behalf, if a partner did
    partner_id       uuid,
    opened_at        timestamptz   not null,
    updated_at       timestamptz   not null,
    version          bigint        not null,
    constraint service_request_category check (category in ('BILLING', 'TECHNICAL', 'ACCOUNT', 'MIGRATION', 'OTHER')),
    constraint service_request_severity check (severity in ('LOW', 'NORMAL', 'HIGH', 'CRITICAL')),
    constraint service_request_state check (state in ('OPEN', 'IN_PROGRESS', 'WAITING_FOR_CUSTOMER', 'RESOLVED', 'CLOSED')),
    constraint service_request_opened_by_kind check (opened_by_kind in ('CUSTOMER_ADMIN', 'PARTNER_USER', 'BACK_OFFICE_ADMIN'))
);
create unique index service_request_number_unique on service_request (number);
-- a tenant's list, most recently changed first
create index service_request_customer_updated on service_request (customer_id, updated_at desc);
-- the back-office queue by state
create index service_request_state_updated on service_request (state, updated_at desc);

create table service_request_reply (
    id            uuid          not null primary key,
    request_id    uuid          not null references service_request (id),
    author_kind   varchar(32)   not null,
    author_id     uuid,
    author_name   varchar(320)  not null,
    -- the partner of a partner user who replied on the customer's behalf
    partner_id    uuid,
    body          varchar(4000) not null,
    created_at    timestamptz   not null,
    constraint service_request_reply_author_kind check (author_kind in ('CUSTOMER_ADMIN', 'PARTNER_USER', 'BACK_OFFICE_ADMIN'))
);
-- a request's conversation, in order
create index service_request_reply_request on service_request_reply (request_id, created_at);
