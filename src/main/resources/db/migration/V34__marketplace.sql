-- issue 11: the marketplace. A partner's listing (one per partner) holds at most two contents:
-- the published one (what the search shows) and a draft waiting for, or rejected by, the back
-- office's review. The search reads the published contents only, with trigram indexes (pg_trgm)
-- so that Japanese and Korean words are found as well as English ones.
create extension if not exists pg_trgm;

create table marketplace_listing_content (
    id                  uuid          not null primary key,
    partner_id          uuid          not null references partner (id),
    published           boolean       not null,
    -- the partner's name when the content was written: searched with the descriptions
    partner_name        varchar(200)  not null,
    description_en      varchar(2000) not null,
    description_ja      varchar(2000),
    description_ko      varchar(2000),
    service_codes       text[]        not null,
    industries          text[]        not null,
    regions             text[]        not null,
    languages           text[]        not null,
    cloud_instances     text[]        not null,
    customer_sizes      text[]        not null,
    contact_preferences text[]        not null,
    search_text         text generated always as (lower(partner_name || ' ' || description_en || ' '
        || coalesce(description_ja, '') || ' ' || coalesce(description_ko, ''))) stored,
    created_at          timestamptz   not null
);
-- one published content per partner
create unique index marketplace_listing_content_published on marketplace_listing_content (partner_id) where published;
-- the search: words (trigrams, any language) and the filters, published contents only
create index marketplace_listing_content_text on marketplace_listing_content using gin (search_text gin_trgm_ops) where published;
create index marketplace_listing_content_filters on marketplace_listing_content
    using gin (service_codes, industries, regions, languages, cloud_instances) where published;
create index marketplace_listing_content_name on marketplace_listing_content (lower(partner_name), partner_id) where published;

create table marketplace_listing (
    id                   uuid         not null primary key,
    partner_id           uuid         not null references partner (id),
    published_content_id uuid references marketplace_listing_content (id),
    draft_content_id     uuid references marketplace_listing_content (id),
    review_state         varchar(16)  not null,
    submitted_at         timestamptz,
    submitted_by_id      uuid,
    submitted_by_name    varchar(320),
    reviewed_at          timestamptz,
    reviewed_by          varchar(320),
    published_at         timestamptz,
    version              bigint       not null,
    constraint marketplace_listing_review_state check (review_state in ('NONE', 'PENDING', 'REJECTED')),
    -- a draft is what waits for review or was rejected; nothing waits without one
    constraint marketplace_listing_draft check ((review_state = 'NONE') = (draft_content_id is null))
);
create unique index marketplace_listing_partner on marketplace_listing (partner_id);
create index marketplace_listing_review on marketplace_listing (review_state, submitted_at) where review_state <> 'NONE';

-- the back office's reasons on named fields of a rejected draft
create table marketplace_listing_rejection (
    listing_id uuid          not null references marketplace_listing (id),
    field      varchar(32)   not null,
    reason     varchar(500)  not null,
    primary key (listing_id, field),
    constraint marketplace_listing_rejection_field check (field in ('DESCRIPTION_EN', 'DESCRIPTION_JA',
        'DESCRIPTION_KO', 'SERVICES', 'INDUSTRIES', 'REGIONS', 'LANGUAGES', 'CLOUD_INSTANCES', 'CUSTOMER_SIZES',
        'CONTACT_PREFERENCES'))
);

-- badges, computed from the portal's records by the marketplace's event listeners (never typed
-- by a partner): the facts each badge counts, one row per fact (a redelivered event counts once),
-- and per partner the figures the search shows and sorts by
create table marketplace_partner_customer (
    partner_id  uuid not null,
    customer_id uuid not null,
    primary key (partner_id, customer_id)
);
create table marketplace_trial (
    subscription_id uuid    not null primary key,
    partner_id      uuid    not null,
    converted       boolean not null
);
create index marketplace_trial_partner on marketplace_trial (partner_id);
create table marketplace_delegated_admin (
    relationship_id uuid    not null primary key,
    partner_id      uuid    not null,
    active          boolean not null
);
create index marketplace_delegated_admin_partner on marketplace_delegated_admin (partner_id);
create table marketplace_lead_response (
    lead_id          uuid    not null primary key,
    partner_id       uuid    not null,
    response_minutes integer not null check (response_minutes >= 0)
);
create index marketplace_lead_response_partner on marketplace_lead_response (partner_id);
create table marketplace_partner_stats (
    partner_id              uuid    not null primary key,
    customers_served        integer not null,
    active_delegated_admins integer not null,
    trials_started          integer not null,
    trials_converted        integer not null,
    answered_leads          integer not null,
    median_response_minutes integer
);
create index marketplace_partner_stats_response on marketplace_partner_stats (median_response_minutes);

-- what the portal knew before the marketplace listened
insert into marketplace_partner_customer (partner_id, customer_id)
select partner_id, customer_id from customer_partner on conflict do nothing;
insert into marketplace_trial (subscription_id, partner_id, converted)
select id, sold_by_partner_id, status = 'ACTIVE' from subscription
where trial_ends_at is not null and sold_by_partner_id is not null;
insert into marketplace_delegated_admin (relationship_id, partner_id, active)
select id, partner_id, state = 'ACTIVE' from delegated_admin;
insert into marketplace_partner_stats (partner_id, customers_served, active_delegated_admins, trials_started,
                                       trials_converted, answered_leads, median_response_minutes)
select p.id,
       (select count(*) from marketplace_partner_customer c where c.partner_id = p.id),
       (select count(*) from marketplace_delegated_admin d where d.partner_id = p.id and d.active),
       (select count(*) from marketplace_trial t where t.partner_id = p.id),
       (select count(*) from marketplace_trial t where t.partner_id = p.id and t.converted),
       0, null
from partner p;
