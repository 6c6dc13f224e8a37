-- Test only (DemoDataStartupTest): the row count of every table right after the
-- migrations, and a failure injected into the demo data's last step (the delegated admin).
create table if not exists demo_data_test_baseline as
select table_name::text as table_name,
       (xpath('/row/c/text()', query_to_xml(format('select count(*) as c from public.%I', table_name), false, true, '')))[1]::text::bigint as row_count
from information_schema.tables
where table_schema = 'public' and table_type = 'BASE TABLE';

create or replace function demo_data_test_failure() returns trigger language plpgsql as $$
begin
    raise exception 'injected failure: the demo data stops halfway';
end
$$;

drop trigger if exists demo_data_test_failure on delegated_admin;
create trigger demo_data_test_failure before insert on delegated_admin
    for each row execute function demo_data_test_failure();
