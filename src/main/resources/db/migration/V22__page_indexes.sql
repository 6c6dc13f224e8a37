-- Issue 9: an index for every lookup and sort of the pages in the benchmark's table.

-- The partner's customers, sorted by name (the list's default order): the planner walks
-- the names in order and checks each one's customer_partner row by its primary key, so a
-- first page reads about one page of rows instead of sorting all of the partner's.
create index customer_name on customer (name, id);

-- The customer's activity as the customer sees it (one kind of actor), newest first.
create index audit_entry_customer_actor on audit_entry (customer_id, actor_kind, occurred_at desc);

-- The activity page's filters: the partners and actions of a customer's entries, read from
-- the index alone.
create index audit_entry_customer_action on audit_entry (customer_id, action);
create index audit_entry_customer_partner on audit_entry (customer_id, partner_id) where partner_id is not null;

-- The back-office mail log of one state, newest first (all states: mail_message_created).
create index mail_message_state_created on mail_message (state, created_at desc);

-- The partner overview's counts per kind and state (overdue open ones count as expired):
-- one grouped query that reads this index alone, not the invitations' rows.
create index invitation_partner_counts on invitation (partner_id, kind, state, expires_at);
