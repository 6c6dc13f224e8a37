-- One open delegated-admin request per partner and customer (alone, or riding a trial
-- invitation or a purchase offer). Older duplicates still open are revoked first, newest kept.
update invitation older set state = 'REVOKED', decided_at = now()
where older.delegated_admin_requested and older.customer_id is not null and older.state in ('SENT', 'VIEWED')
  and exists (select 1 from invitation newer
              where newer.partner_id = older.partner_id and newer.customer_id = older.customer_id
                and newer.delegated_admin_requested and newer.state in ('SENT', 'VIEWED')
                and (newer.created_at, newer.id) > (older.created_at, older.id));

create unique index invitation_one_open_delegated_admin_request
    on invitation (partner_id, customer_id)
    where delegated_admin_requested and customer_id is not null and state in ('SENT', 'VIEWED');

-- Open invitations to a new customer by email: the partner is told of one before sending another.
create index invitation_partner_open_email on invitation (partner_id, lower(email))
    where customer_id is null and state in ('SENT', 'VIEWED');
