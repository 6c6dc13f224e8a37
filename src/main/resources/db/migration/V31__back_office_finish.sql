-- Issue 10, finishing the back office.

-- The partner list's search by a part of the name or of the company domain: trigram
-- indexes (pg_trgm is installed by V26), combined by the planner for the "or".
create index partner_name_trgm on partner using gin (lower(name) gin_trgm_ops);
create index partner_domain_trgm on partner using gin (domain gin_trgm_ops) where domain is not null;

-- A partner's delegated-admin relationships, current and past, newest first (the
-- partner's page in the back office).
create index delegated_admin_partner_approved on delegated_admin (partner_id, approved_at desc, id);
