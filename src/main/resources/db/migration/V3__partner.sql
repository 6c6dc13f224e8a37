create table partner (
    id                  uuid         not null primary key,
    name                varchar(200) not null,
    cloud_instance      varchar(32)  not null,
    agreement_version   varchar(32),
    agreement_signed_by varchar(200),
    agreement_signed_at timestamptz,
    created_at          timestamptz  not null,
    version             bigint       not null,
    check ((agreement_signed_at is null) = (agreement_version is null))
);
create index partner_name on partner (lower(name));

create table partner_program_enrollment (
    partner_id uuid        not null references partner (id),
    program    varchar(32) not null,
    primary key (partner_id, program)
);

create table partner_authorized_service (
    partner_id   uuid        not null references partner (id),
    service_code varchar(40) not null references catalog_service (code),
    primary key (partner_id, service_code)
);

create table partner_user (
    id            uuid         not null primary key,
    partner_id    uuid         not null references partner (id),
    email         varchar(320) not null,
    display_name  varchar(200) not null,
    password_hash varchar(200) not null,
    language      varchar(8)   not null,
    enabled       boolean      not null,
    created_at    timestamptz  not null,
    version       bigint       not null
);
create unique index partner_user_email on partner_user (lower(email));
create index partner_user_partner on partner_user (partner_id);

create table partner_user_role (
    partner_user_id uuid        not null references partner_user (id),
    role            varchar(32) not null,
    primary key (partner_user_id, role)
);
