-- Issue 10: the back-office support queue. Each service request gets the cloud instance of
-- its customer, its first-response SLA (when the first answer of the support team is due,
-- and from when that is "due soon"), when the support team first answered, when the SLA
-- clock stopped (that first answer, or the request closed before it), and the back-office
-- user it is assigned to.
alter table service_request
    add column cloud_instance         varchar(32),
    add column first_response_due_at  timestamptz,
    add column due_soon_at            timestamptz,
    add column first_response_at      timestamptz,
    add column sla_stopped_at         timestamptz,
    add column assignee_id            uuid,
    add column assignee_name          varchar(320);

update service_request r
   set cloud_instance = c.cloud_instance
  from customer c
 where c.id = r.customer_id;

-- Existing requests get the SLA of their severity from the defaults (critical 1 hour, high
-- 4 hours, normal 1 business day, low 2 business days; business days Monday to Friday, UTC).
update service_request
   set first_response_due_at = case severity
        when 'CRITICAL' then opened_at + interval '1 hour'
        when 'HIGH' then opened_at + interval '4 hours'
        else (
            with recursive days (day, left_to_count) as (
                select (opened_at at time zone 'UTC')::date, case severity when 'LOW' then 2 else 1 end
                union all
                select day + 1,
                       case when extract(isodow from day + 1) < 6 then left_to_count - 1 else left_to_count end
                  from days
                 where left_to_count > 0
            )
            select (max(day) + (opened_at at time zone 'UTC')::time) at time zone 'UTC' from days
        )
    end;
update service_request
   set due_soon_at = first_response_due_at - (first_response_due_at - opened_at) / 4;

-- The first answer of the support team, if there was one.
update service_request r
   set first_response_at = (select min(created_at) from service_request_reply a
                             where a.request_id = r.id and a.author_kind = 'BACK_OFFICE_ADMIN');
update service_request
   set sla_stopped_at = case
        when first_response_at is not null then first_response_at
        when state = 'CLOSED' then updated_at
    end;

alter table service_request
    alter column cloud_instance set not null,
    alter column first_response_due_at set not null,
    alter column due_soon_at set not null,
    add constraint service_request_cloud_instance check (cloud_instance in ('GLOBAL', 'CHINA_21VIANET'));

-- The queue's default order (first response due, most urgent first) and its SLA filters;
-- the home page's counts of running SLAs (overdue, due soon) read the partial index only.
create index service_request_due on service_request (first_response_due_at, id);
create index service_request_sla_running on service_request (first_response_due_at, due_soon_at)
    where sla_stopped_at is null;
-- the queue by assignee ("mine", a colleague's, "unassigned" of the requests still open)
create index service_request_assignee on service_request (assignee_id, first_response_due_at);
create index service_request_unassigned on service_request (first_response_due_at)
    where assignee_id is null and state in ('OPEN', 'IN_PROGRESS', 'WAITING_FOR_CUSTOMER');
-- the queue by severity and by cloud instance
create index service_request_severity on service_request (severity, first_response_due_at);
create index service_request_instance on service_request (cloud_instance, first_response_due_at);

-- The back office moves data migrations on from the support queue, by state.
create index data_migration_state on data_migration (state, created_at desc);
