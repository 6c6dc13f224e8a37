-- Purchase offers: the same invitation lifecycle, with license quantities, a billing term
-- and the price sent (the customer accepts the price it was offered).
alter table invitation_line
    add column quantity     int check (quantity > 0),
    add column billing_term varchar(16),
    add column unit_price   numeric(12, 2) check (unit_price >= 0),
    add column currency     varchar(3);
alter table invitation add column reminder_sent_at timestamptz;
create index invitation_customer on invitation (customer_id, created_at desc) where customer_id is not null;
create index invitation_open_reminder on invitation (expires_at) where state in ('SENT', 'VIEWED') and reminder_sent_at is null;

alter table subscription
    add column unit_price             numeric(12, 2) check (unit_price >= 0),
    add column currency               varchar(3),
    add column activated_at           timestamptz,
    add column term_ends_at           timestamptz,
    add column trial_reminder_sent_at timestamptz;
create index subscription_running_trials on subscription (trial_ends_at) where status = 'TRIAL';
create index subscription_sold_by on subscription (sold_by_partner_id, created_at);
