-- Sessions in PostgreSQL, so that any number of instances can serve any request.
create table spring_session (
    primary_id            char(36)     not null primary key,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(320)
);
create unique index spring_session_session_id on spring_session (session_id);
create index spring_session_expiry_time on spring_session (expiry_time);
create index spring_session_principal_name on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null references spring_session (primary_id) on delete cascade,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    primary key (session_primary_id, attribute_name)
);

-- Spring Modulith's event publication registry (JPA): events committed with a change are
-- delivered to their listeners after commit and resubmitted when a listener failed.
create table event_publication (
    id                     uuid         not null primary key,
    listener_id            varchar(512) not null,
    event_type             varchar(512) not null,
    serialized_event       text         not null,
    publication_date       timestamptz  not null,
    completion_date        timestamptz,
    last_resubmission_date timestamptz,
    completion_attempts    int          not null default 0,
    status                 varchar(16)
);
create index event_publication_incomplete on event_publication (publication_date) where completion_date is null;

create table event_publication_archive (
    id                     uuid         not null primary key,
    listener_id            varchar(512) not null,
    event_type             varchar(512) not null,
    serialized_event       text         not null,
    publication_date       timestamptz  not null,
    completion_date        timestamptz,
    last_resubmission_date timestamptz,
    completion_attempts    int          not null default 0,
    status                 varchar(16)
);

create table back_office_admin (
    id            uuid         not null primary key,
    email         varchar(320) not null,
    display_name  varchar(200) not null,
    password_hash varchar(200) not null,
    language      varchar(8)   not null,
    created_at    timestamptz  not null,
    version       bigint       not null
);
create unique index back_office_admin_email on back_office_admin (lower(email));
