create table catalog_service (
    code       varchar(40) not null primary key,
    sort_order int         not null
);

create table catalog_offer (
    code                varchar(40)    not null primary key,
    currency            varchar(3)        not null,
    monthly_price       numeric(12, 2) not null check (monthly_price >= 0),
    annual_price        numeric(12, 2) not null check (annual_price >= 0),
    trial_days          int            check (trial_days > 0),
    trial_license_count int            check (trial_license_count > 0),
    min_licenses        int            not null default 1 check (min_licenses >= 1),
    max_licenses        int            not null default 10000,
    sort_order          int            not null,
    check ((trial_days is null) = (trial_license_count is null)),
    check (max_licenses >= min_licenses)
);

create table catalog_offer_service (
    offer_code   varchar(40) not null references catalog_offer (code),
    service_code varchar(40) not null references catalog_service (code),
    primary key (offer_code, service_code)
);
create index catalog_offer_service_service on catalog_offer_service (service_code);

-- The catalog is reference data of the program, not demo data: it exists everywhere.
-- Names and descriptions are message keys (catalog.service.<code>, catalog.offer.<code>).
insert into catalog_service (code, sort_order) values
    ('MAIL', 1), ('FILE_SHARING', 2), ('MEETINGS', 3), ('OFFICE_APPS', 4), ('ARCHIVING', 5), ('SECURITY', 6);

insert into catalog_offer (code, currency, monthly_price, annual_price, trial_days, trial_license_count, sort_order) values
    ('BUSINESS_ESSENTIALS', 'USD', 6.00, 60.00, 30, 25, 1),
    ('BUSINESS_STANDARD', 'USD', 12.50, 125.00, 30, 25, 2),
    ('BUSINESS_PREMIUM', 'USD', 22.00, 220.00, 30, 25, 3),
    ('MAIL_PLAN_1', 'USD', 4.00, 40.00, 30, 50, 4),
    ('MAIL_ARCHIVING', 'USD', 3.00, 30.00, null, null, 5),
    ('APPS_FOR_BUSINESS', 'USD', 8.25, 82.50, 60, 10, 6);

insert into catalog_offer_service (offer_code, service_code) values
    ('BUSINESS_ESSENTIALS', 'MAIL'), ('BUSINESS_ESSENTIALS', 'FILE_SHARING'), ('BUSINESS_ESSENTIALS', 'MEETINGS'),
    ('BUSINESS_STANDARD', 'MAIL'), ('BUSINESS_STANDARD', 'FILE_SHARING'), ('BUSINESS_STANDARD', 'MEETINGS'),
    ('BUSINESS_STANDARD', 'OFFICE_APPS'),
    ('BUSINESS_PREMIUM', 'MAIL'), ('BUSINESS_PREMIUM', 'FILE_SHARING'), ('BUSINESS_PREMIUM', 'MEETINGS'),
    ('BUSINESS_PREMIUM', 'OFFICE_APPS'), ('BUSINESS_PREMIUM', 'SECURITY'),
    ('MAIL_PLAN_1', 'MAIL'),
    ('MAIL_ARCHIVING', 'ARCHIVING'),
    ('APPS_FOR_BUSINESS', 'OFFICE_APPS');
