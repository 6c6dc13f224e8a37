-- a partner's company domain: searched by the back office, and one partner per domain
alter table partner add column domain varchar(253);
create unique index partner_domain_unique on partner (domain) where domain is not null;
