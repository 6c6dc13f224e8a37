-- Delegated admin as time passes (issue 12): a relationship reaches its end date and ends
-- (EXPIRED) or is extended; reminders before the end; the notice to customers of
-- relationships from before roles and end dates existed.
alter table delegated_admin drop constraint delegated_admin_end_reason;
alter table delegated_admin
    add constraint delegated_admin_end_reason
        check (end_reason in ('REMOVED_BY_CUSTOMER', 'REPLACED', 'ENDED_BY_OPERATOR', 'EXPIRED'));

-- Each reminder (30, 7 or 1 day before an end date) is sent once: the row is the claim, so a
-- job running twice or on two instances at once sends it once. A relationship extended after a
-- reminder has a new end date, and so gets its reminders again.
create table delegated_admin_end_reminder (
    delegated_admin_id uuid        not null references delegated_admin (id),
    days_before        integer     not null,
    ends_at            timestamptz not null,
    sent_at            timestamptz not null,
    primary key (delegated_admin_id, days_before, ends_at),
    constraint delegated_admin_end_reminder_days check (days_before in (30, 7, 1))
);

-- The customers of the relationships that exist now (every role, no end date: approved before
-- roles and end dates existed) are told once that they can narrow them: one row each, marked as
-- sent by the job that mails them. Relationships approved from now on have no row.
create table delegated_admin_narrowing_notice (
    delegated_admin_id uuid        not null primary key references delegated_admin (id),
    sent_at            timestamptz
);
insert into delegated_admin_narrowing_notice (delegated_admin_id)
    select id from delegated_admin where state = 'ACTIVE' and ends_at is null;
create index delegated_admin_narrowing_due on delegated_admin_narrowing_notice (delegated_admin_id)
    where sent_at is null;
