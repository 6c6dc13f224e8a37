-- The delegated-admin decision on an invitation is the enum DelegatedAdminDecision (it was free text);
-- like every enum column (V18) it accepts only the enum's names.
alter table invitation
    add constraint invitation_delegated_admin_decision
        check (delegated_admin_decision in ('APPROVED', 'DECLINED'));
