-- The mail log is also the outbox: a mail is stored with the change that causes it and
-- delivered after commit by a job that any number of instances can run at once.
create table mail_message (
    id               uuid          not null primary key,
    recipient        varchar(320)  not null,
    language         varchar(8)    not null,
    template         varchar(80)   not null,
    subject          varchar(300)  not null,
    html_body        text          not null,
    text_body        text          not null,
    state            varchar(16)   not null,
    attempts         int           not null,
    next_attempt_at  timestamptz,
    last_error       varchar(500),
    created_at       timestamptz   not null,
    delivered_at     timestamptz,
    version          bigint        not null
);
create index mail_message_created on mail_message (created_at desc);
create index mail_message_due on mail_message (next_attempt_at) where state = 'PENDING';

create table audit_entry (
    id             uuid         not null primary key,
    occurred_at    timestamptz  not null,
    actor_kind     varchar(32)  not null,
    actor_id       uuid,
    actor_name     varchar(320),
    partner_id     uuid,
    customer_id    uuid,
    action         varchar(64)  not null,
    subject_id     uuid,
    detail         varchar(500)
);
create index audit_entry_occurred on audit_entry (occurred_at desc);
create index audit_entry_partner on audit_entry (partner_id, occurred_at desc);
create index audit_entry_customer on audit_entry (customer_id, occurred_at desc);
create index audit_entry_subject on audit_entry (subject_id, occurred_at);
