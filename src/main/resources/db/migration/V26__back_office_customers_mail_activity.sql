-- Issue 10: the back office's customers, mail log and activity log.
-- pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
create extension if not exists pg_trgm;

-- Customer search: a part of the name (trigram), a prefix of the domain; filters by cloud
-- instance. The list's default order uses customer_name (V22).
create index customer_name_trgm on customer using gin (lower(name) gin_trgm_ops);
create index customer_domain_prefix_pattern on customer (domain_prefix text_pattern_ops);
create index customer_cloud_instance_name on customer (cloud_instance, name, id);

-- An operator may end a delegated-admin relationship, with a reason code and a note.
alter table delegated_admin drop constraint delegated_admin_end_reason;
alter table delegated_admin
    add constraint delegated_admin_end_reason check (end_reason in ('REMOVED_BY_CUSTOMER', 'REPLACED', 'ENDED_BY_OPERATOR'));
alter table delegated_admin add column operator_reason varchar(32);
alter table delegated_admin add column end_note varchar(500);
alter table delegated_admin
    add constraint delegated_admin_operator_reason check (operator_reason in ('CUSTOMER_REQUEST', 'PARTNER_REQUEST', 'SECURITY_CONCERN', 'CONTRACT_ENDED', 'OTHER'));

-- Mail log search: a part of the recipient or the subject (trigram), a kind, a state.
create index mail_message_recipient_trgm on mail_message using gin (lower(recipient) gin_trgm_ops);
create index mail_message_subject_trgm on mail_message using gin (lower(subject) gin_trgm_ops);
create index mail_message_template_created on mail_message (template, created_at desc);
-- A failed mail sent again points at its new attempt (at most one).
alter table mail_message add column resent_as_id uuid;

-- Activity log filters: an actor (a part of its name), an action, newest first.
create index audit_entry_actor_trgm on audit_entry using gin (lower(actor_name) gin_trgm_ops);
create index audit_entry_action_occurred on audit_entry (action, occurred_at desc);
