-- Granular, time-bound delegated admin (issue 12): the roles a customer granted, comma
-- separated (DelegatedRole names), and when the relationship ends (null: no end date).
-- Relationships approved before roles existed (and rows inserted without roles) hold every
-- role and have no end date.
alter table delegated_admin add column roles varchar(200) not null
    default 'USERS_AND_LICENSES,GROUPS,MAILBOXES,DATA_MIGRATIONS,SERVICE_REQUESTS,READ_ONLY';
alter table delegated_admin add column ends_at timestamptz;
alter table delegated_admin add column auto_extend boolean not null default false;

-- reminders and the end of relationships, program wide and per partner
create index delegated_admin_ending on delegated_admin (ends_at) where state = 'ACTIVE' and ends_at is not null;
create index delegated_admin_partner_ending on delegated_admin (partner_id, ends_at)
    where state = 'ACTIVE' and ends_at is not null;
