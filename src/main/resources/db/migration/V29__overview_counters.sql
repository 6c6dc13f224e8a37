-- Issue 9: the partner overview reads a handful of counter rows instead of counting all of a
-- partner's invitations and customers. The counters are kept by triggers, in the same
-- transaction as the change, whoever writes the rows (the aggregates through JPA, the expiry
-- job, bulk SQL), so they cannot drift from the rows they count.

-- Invitations per partner, kind and state as stored. The overview still shows an open
-- invitation past its expiry as expired before the job marks it: it corrects these counts with
-- the partner's overdue open invitations, a range of the invitation_partner_counts index that
-- the expiry job keeps short.
create table invitation_count (
    partner_id uuid        not null,
    kind       varchar(16) not null,
    state      varchar(16) not null,
    count      bigint      not null,
    primary key (partner_id, kind, state),
    constraint invitation_count_kind check (kind in ('TRIAL', 'PURCHASE', 'DELEGATED_ADMIN')),
    constraint invitation_count_state check (state in ('SENT', 'VIEWED', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'REVOKED'))
);

create function invitation_count_add(p uuid, k varchar, s varchar, delta bigint) returns void
language sql as $$
    insert into invitation_count (partner_id, kind, state, count) values (p, k, s, delta)
    on conflict (partner_id, kind, state) do update set count = invitation_count.count + excluded.count;
$$;

-- A change of state takes its two counter rows in the order of the states' names, so that two
-- transactions moving invitations between the same states lock them in the same order.
create function invitation_count_change() returns trigger
language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform invitation_count_add(new.partner_id, new.kind, new.state, 1);
    elsif tg_op = 'DELETE' then
        perform invitation_count_add(old.partner_id, old.kind, old.state, -1);
    elsif (old.partner_id, old.kind, old.state) is distinct from (new.partner_id, new.kind, new.state) then
        if old.state <= new.state then
            perform invitation_count_add(old.partner_id, old.kind, old.state, -1);
            perform invitation_count_add(new.partner_id, new.kind, new.state, 1);
        else
            perform invitation_count_add(new.partner_id, new.kind, new.state, 1);
            perform invitation_count_add(old.partner_id, old.kind, old.state, -1);
        end if;
    end if;
    return null;
end;
$$;

create trigger invitation_count_change
    after insert or delete or update of partner_id, kind, state on invitation
    for each row execute function invitation_count_change();

insert into invitation_count (partner_id, kind, state, count)
select partner_id, kind, state, count(*) from invitation group by partner_id, kind, state;

-- Customers per partner (the overview's customer count).
create table partner_customer_count (
    partner_id uuid   not null primary key,
    count      bigint not null
);

create function partner_customer_count_change() returns trigger
language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into partner_customer_count (partner_id, count) values (new.partner_id, 1)
        on conflict (partner_id) do update set count = partner_customer_count.count + 1;
    elsif tg_op = 'DELETE' then
        update partner_customer_count set count = count - 1 where partner_id = old.partner_id;
    elsif old.partner_id is distinct from new.partner_id then
        update partner_customer_count set count = count - 1 where partner_id = old.partner_id;
        insert into partner_customer_count (partner_id, count) values (new.partner_id, 1)
        on conflict (partner_id) do update set count = partner_customer_count.count + 1;
    end if;
    return null;
end;
$$;

create trigger partner_customer_count_change
    after insert or delete or update of partner_id on customer_partner
    for each row execute function partner_customer_count_change();

insert into partner_customer_count (partner_id, count)
select partner_id, count(*) from customer_partner group by partner_id;
