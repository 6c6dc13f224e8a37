-- Every column that stores a Java enum (@Enumerated(STRING)) accepts only that enum's names.
-- EnumColumnConstraintsTest compares each list with its enum, so they cannot drift.
alter table customer
    add constraint customer_cloud_instance check (cloud_instance in ('GLOBAL', 'CHINA_21VIANET'));
alter table subscription
    add constraint subscription_status check (status in ('TRIAL', 'ACTIVE', 'EXPIRED', 'CANCELLED')),
    add constraint subscription_billing_term check (billing_term in ('MONTHLY', 'ANNUAL'));
alter table partner
    add constraint partner_cloud_instance check (cloud_instance in ('GLOBAL', 'CHINA_21VIANET'));
alter table partner_user_role
    add constraint partner_user_role_role check (role in ('PARTNER_ADMIN', 'SALES_AGENT', 'ADMIN_AGENT', 'HELPDESK_AGENT'));
alter table partner_program_enrollment
    add constraint partner_program_enrollment_program check (program in ('CLOUD_ESSENTIALS', 'CLOUD_ACCELERATE', 'CLOUD_DEPLOYMENT'));
alter table invitation
    add constraint invitation_kind check (kind in ('TRIAL', 'PURCHASE', 'DELEGATED_ADMIN')),
    add constraint invitation_state check (state in ('SENT', 'VIEWED', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'REVOKED'));
alter table invitation_line
    add constraint invitation_line_billing_term check (billing_term in ('MONTHLY', 'ANNUAL'));
alter table mail_message
    add constraint mail_message_state check (state in ('PENDING', 'SENT', 'LOGGED', 'FAILED'));
alter table audit_entry
    add constraint audit_entry_actor_kind check (actor_kind in ('PARTNER_USER', 'CUSTOMER_ADMIN', 'BACK_OFFICE_ADMIN', 'INVITEE', 'SYSTEM'));
alter table delegated_admin
    add constraint delegated_admin_state check (state in ('ACTIVE', 'ENDED')),
    add constraint delegated_admin_end_reason check (end_reason in ('REMOVED_BY_CUSTOMER', 'REPLACED'));
alter table data_migration
    add constraint data_migration_source_system check (source_system in ('IMAP', 'EXCHANGE_ON_PREMISES', 'GOOGLE_WORKSPACE', 'OTHER')),
    add constraint data_migration_state check (state in ('REQUESTED', 'SCHEDULED', 'IN_PROGRESS', 'COMPLETED', 'FAILED', 'CANCELLED'));
