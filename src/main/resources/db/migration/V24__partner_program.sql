-- issue 10: the partner back office. A partner's standing (graded, never deleted), the
-- versions of the Partner Agreement and who accepted which, and requests to enrol in a program.
alter table partner
    add column standing            varchar(32) not null default 'ACTIVE',
    add column standing_reason     varchar(500),
    add column standing_changed_at timestamptz;
alter table partner
    add constraint partner_standing check (standing in ('ACTIVE', 'SALES_FROZEN', 'HIDDEN', 'SUSPENDED'));
alter table partner
    alter column standing drop default;
create index partner_standing on partner (standing);
create index partner_signed_agreement_version on partner (agreement_version);
create index partner_created_at on partner (created_at);

create table partner_agreement_version (
    id                uuid         not null primary key,
    label             varchar(32)  not null,
    text_en           text         not null,
    text_ja           text         not null,
    text_ko           text         not null,
    published_at      timestamptz  not null,
    grace_period_days integer      not null check (grace_period_days between 0 and 365),
    published_by      varchar(320),
    version           bigint       not null
);
create unique index partner_agreement_version_label on partner_agreement_version (label);
create index partner_agreement_version_published on partner_agreement_version (published_at desc);

create table partner_agreement_acceptance (
    id                   uuid         not null primary key,
    partner_id           uuid         not null references partner (id),
    agreement_version_id uuid         not null references partner_agreement_version (id),
    accepted_by          varchar(320) not null,
    accepted_at          timestamptz  not null
);
create unique index partner_agreement_acceptance_once on partner_agreement_acceptance (partner_id, agreement_version_id);
create index partner_agreement_acceptance_version on partner_agreement_acceptance (agreement_version_id);

create table partner_enrollment_request (
    id              uuid         not null primary key,
    partner_id      uuid         not null references partner (id),
    program         varchar(32)  not null,
    state           varchar(32)  not null,
    requested_by    varchar(320) not null,
    requested_at    timestamptz  not null,
    decided_by      varchar(320),
    decided_at      timestamptz,
    decision_reason varchar(500),
    version         bigint       not null
);
alter table partner_enrollment_request
    add constraint partner_enrollment_request_program check (program in ('CLOUD_ESSENTIALS', 'CLOUD_ACCELERATE', 'CLOUD_DEPLOYMENT')),
    add constraint partner_enrollment_request_state check (state in ('REQUESTED', 'GRANTED', 'DECLINED'));
-- at most one open request per partner and program, also when two arrive at once
create unique index partner_enrollment_request_open on partner_enrollment_request (partner_id, program) where state = 'REQUESTED';
create index partner_enrollment_request_partner on partner_enrollment_request (partner_id, requested_at desc);
create index partner_enrollment_request_state on partner_enrollment_request (state);

-- the version every partner signed so far
insert into partner_agreement_version (id, label, text_en, text_ja, text_ko, published_at, grace_period_days, published_by, version)
values ('0b6c5a52-6f38-4d8e-9a1e-2026a0000001', '2026-01',
        E'Partner Agreement, version 2026-01.\n\n1. The partner sells the operator''s cloud services only to customers of its own cloud instance, and only the service types it is authorized for.\n2. The partner administers a customer''s tenant only while the customer has approved it as delegated admin, and only for the customer''s benefit.\n3. The partner keeps its customers'' data confidential and reports security incidents to the operator within 24 hours.\n4. The operator may freeze, hide or suspend a partner that breaks this agreement; it says why.',
        E'パートナー契約 バージョン 2026-01\n\n1. パートナーは、オペレーターのクラウドサービスを自社と同じクラウドインスタンスの顧客にのみ、認可されたサービス種別に限って販売します。\n2. パートナーは、顧客が委任管理者として承認している間に限り、顧客の利益のためにのみ顧客のテナントを管理します。\n3. パートナーは顧客のデータを機密として扱い、セキュリティインシデントを 24 時間以内にオペレーターへ報告します。\n4. オペレーターは、この契約に違反したパートナーの販売停止・非表示・利用停止を行うことがあり、その理由を伝えます。',
        E'파트너 계약 버전 2026-01\n\n1. 파트너는 운영자의 클라우드 서비스를 같은 클라우드 인스턴스의 고객에게만, 승인된 서비스 유형에 한해 판매합니다.\n2. 파트너는 고객이 위임 관리자로 승인한 동안에만, 고객의 이익을 위해서만 고객의 테넌트를 관리합니다.\n3. 파트너는 고객 데이터를 기밀로 유지하고 보안 사고를 24시간 이내에 운영자에게 보고합니다.\n4. 운영자는 이 계약을 위반한 파트너의 판매를 동결하거나, 숨기거나, 정지할 수 있으며 그 이유를 알립니다.',
        timestamptz '2026-01-01 00:00:00+00', 30, null, 0);
insert into partner_agreement_acceptance (id, partner_id, agreement_version_id, accepted_by, accepted_at)
select gen_random_uuid(), p.id, '0b6c5a52-6f38-4d8e-9a1e-2026a0000001', p.agreement_signed_by, p.agreement_signed_at
from partner p
where p.agreement_version = '2026-01';
