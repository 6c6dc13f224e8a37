-- Issue 12: the partner's pipeline. The funnel counts a period's trial invitations and
-- purchase offers in SQL; these indexes let it read them from the index alone (a partner's
-- and the whole program's), and find each accepted one's later steps by customer.

-- a partner's invitations of a period (the funnel's cohort), with every column it reads
create index invitation_pipeline_partner on invitation (partner_id, sent_at)
    include (kind, state, sent_by_user_id, customer_id, viewed_at, decided_at)
    where kind in ('TRIAL', 'PURCHASE');

-- the program's invitations of a period (the back office's funnel)
create index invitation_pipeline_sent on invitation (sent_at)
    include (partner_id, kind, state, sent_by_user_id, customer_id, viewed_at, decided_at)
    where kind in ('TRIAL', 'PURCHASE');

-- a trial converted: the purchase offers a customer accepted from a partner
create index invitation_purchase_accepted on invitation (customer_id, partner_id, decided_at)
    where kind = 'PURCHASE' and state = 'ACCEPTED';

-- delegated admin approved: a customer's relationships with a partner
create index delegated_admin_customer_partner on delegated_admin (customer_id, partner_id, approved_at);

-- at risk: a partner's trials by their end, its purchase offers not opened, its leads by deadline
create index subscription_partner_trials_ending on subscription (sold_by_partner_id, trial_ends_at)
    where status = 'TRIAL';
create index invitation_partner_offers_unopened on invitation (partner_id, sent_at)
    where kind = 'PURCHASE' and state = 'SENT';
create index lead_partner_open_due on lead (partner_id, answer_due_at) where state = 'OPEN';
