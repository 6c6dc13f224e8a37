-- the back office has two roles: admins run everything, support agents answer the
-- support queue and read the rest
alter table back_office_admin
    add column role varchar(32) not null default 'BACK_OFFICE_ADMIN';
alter table back_office_admin
    add constraint back_office_admin_role check (role in ('BACK_OFFICE_ADMIN', 'SUPPORT_AGENT'));
alter table back_office_admin
    alter column role drop default;
