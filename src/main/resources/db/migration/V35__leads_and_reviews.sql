-- Issue 11: contact requests (leads) that visitors and customers send to a partner from the
-- marketplace, and customers' reviews of partners.

-- A lead: a visitor's waits UNVERIFIED until its email is confirmed by the emailed link (only
-- the link token's hash is kept, until it is used); then OPEN with an answer deadline, until
-- the partner accepts or declines it or it expires.
create table lead (
    id               uuid         not null primary key,
    partner_id       uuid         not null references partner (id),
    customer_id      uuid,
    contact_name     varchar(200) not null,
    email            varchar(320) not null,
    company_name     varchar(200) not null,
    company_size     varchar(16)  not null,
    service_codes    varchar(400) not null,
    message          varchar(2000) not null,
    language         varchar(8)   not null,
    state            varchar(16)  not null,
    token_hash       varchar(64),
    token_expires_at timestamptz,
    created_at       timestamptz  not null,
    received_at      timestamptz,
    answer_due_at    timestamptz,
    answered_at      timestamptz,
    answered_by_name varchar(320),
    decline_reason   varchar(32),
    invitation_id    uuid,
    version          bigint       not null,
    constraint lead_state check (state in ('UNVERIFIED', 'OPEN', 'ACCEPTED', 'DECLINED', 'EXPIRED')),
    constraint lead_company_size check (company_size in ('SMALL', 'MEDIUM', 'LARGE', 'ENTERPRISE')),
    constraint lead_decline_reason check (decline_reason is null or decline_reason in
        ('NOT_OUR_SERVICES', 'NOT_OUR_REGION', 'TOO_SMALL', 'NO_CAPACITY', 'SPAM', 'OTHER')),
    constraint lead_received check (state = 'UNVERIFIED' or (received_at is not null and answer_due_at is not null))
);
create unique index lead_token_hash on lead (token_hash) where token_hash is not null;
-- the partner's inbox (newest first, per state) and the back office's figures per partner
create index lead_partner_received on lead (partner_id, received_at desc) where state <> 'UNVERIFIED';
create index lead_partner_state on lead (partner_id, state, received_at desc);
-- the expiry job: open leads past their deadline
create index lead_open_due on lead (answer_due_at) where state = 'OPEN';

-- The lead a trial invitation was sent for (accepted lead → "send a trial invitation").
alter table invitation add column lead_id uuid;

-- A review: one per customer and partner, moderated before it is published; the partner
-- answers once.
create table review (
    id                uuid          not null primary key,
    partner_id        uuid          not null references partner (id),
    customer_id       uuid          not null references customer (id),
    author_name       varchar(200)  not null,
    rating            integer       not null,
    body              varchar(4000) not null,
    state             varchar(16)   not null,
    created_at        timestamptz   not null,
    moderated_at      timestamptz,
    moderated_by_name varchar(320),
    reject_reason     varchar(32),
    reject_note       varchar(1000),
    answer            varchar(2000),
    answered_at       timestamptz,
    answered_by_name  varchar(320),
    version           bigint        not null,
    constraint review_rating check (rating between 1 and 5),
    constraint review_state check (state in ('PENDING', 'PUBLISHED', 'REJECTED')),
    constraint review_reject_reason check (reject_reason is null or reject_reason in
        ('OFF_TOPIC', 'ABUSIVE', 'PERSONAL_DATA', 'NOT_A_CUSTOMER_EXPERIENCE', 'OTHER')),
    constraint review_one_per_customer_and_partner unique (customer_id, partner_id)
);
create index review_pending on review (created_at, id) where state = 'PENDING';
create index review_partner_published on review (partner_id, moderated_at desc) where state = 'PUBLISHED';
create index review_partner_created on review (partner_id, created_at desc);
