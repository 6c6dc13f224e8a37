-- issue 11: applications to join the partner network. The contact's email is verified by an
-- emailed link (only the token's hash is stored); the back office approves, rejects (reapplying
-- for the domain opens at reapply_after) or asks for changes to named fields (a second link).
create table partner_application (
    id                     uuid          not null primary key,
    legal_name             varchar(200)  not null,
    website                varchar(300)  not null,
    domain                 varchar(253)  not null,
    country                varchar(2)    not null,
    cloud_instance         varchar(32)   not null check (cloud_instance in ('GLOBAL', 'CHINA_21VIANET')),
    contact_name           varchar(200)  not null,
    contact_email          varchar(320)  not null,
    language               varchar(8)    not null,
    contact_outside_domain boolean       not null,
    state                  varchar(24)   not null check (state in ('UNVERIFIED', 'SUBMITTED', 'CHANGES_REQUESTED',
                                                                   'APPROVED', 'REJECTED', 'LAPSED')),
    link_token_hash        varchar(64),
    link_expires_at        timestamptz,
    link_sent_at           timestamptz,
    requested_fields       varchar(300),
    review_note            varchar(1000),
    rejection_reason       varchar(32)   check (rejection_reason in ('INCOMPLETE', 'NOT_ELIGIBLE', 'UNVERIFIABLE',
                                                                      'DUPLICATE', 'OTHER')),
    reapply_after          timestamptz,
    decided_by             varchar(320),
    decided_at             timestamptz,
    partner_id             uuid,
    created_at             timestamptz   not null,
    submitted_at           timestamptz,
    version                bigint        not null
);
-- one open application per company domain (a lapsed, rejected or approved one does not count)
create unique index partner_application_open_domain on partner_application (domain)
    where state in ('UNVERIFIED', 'SUBMITTED', 'CHANGES_REQUESTED');
create unique index partner_application_link on partner_application (link_token_hash) where link_token_hash is not null;
create index partner_application_state on partner_application (state, submitted_at desc);
create index partner_application_domain on partner_application (domain, reapply_after);
create index partner_application_contact on partner_application (lower(contact_email));

create table partner_application_service (
    application_id uuid        not null references partner_application (id),
    service_code   varchar(40) not null references catalog_service (code),
    primary key (application_id, service_code)
);

create table partner_application_program (
    application_id uuid        not null references partner_application (id),
    program        varchar(32) not null check (program in ('CLOUD_ESSENTIALS', 'CLOUD_ACCELERATE', 'CLOUD_DEPLOYMENT')),
    primary key (application_id, program)
);

-- what the applicant changed when asked to: the reviewer sees old -> new
create table partner_application_change (
    application_id uuid          not null references partner_application (id),
    position       int           not null,
    field          varchar(32)   not null check (field in ('LEGAL_NAME', 'WEBSITE', 'COUNTRY', 'CONTACT_NAME',
                                                           'SERVICES', 'PROGRAMS')),
    old_value      varchar(1000),
    new_value      varchar(1000),
    changed_at     timestamptz   not null,
    primary key (application_id, position)
);
