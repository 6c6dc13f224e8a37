-- issue 10: each partner feature is available, not available (with a reason) or planned (with a
-- date and a reason) per cloud instance; one row per pair. A new cloud instance (or feature) is a
-- migration that adds its rows.
create table feature_availability (
    id             uuid         not null primary key,
    cloud_instance varchar(32)  not null,
    feature        varchar(32)  not null,
    state          varchar(16)  not null,
    reason_en      varchar(500),
    reason_ja      varchar(500),
    reason_ko      varchar(500),
    planned_on     date,
    updated_at     timestamptz  not null,
    updated_by     varchar(320),
    version        bigint       not null,
    constraint feature_availability_pair unique (cloud_instance, feature),
    constraint feature_availability_cloud_instance check (cloud_instance in ('GLOBAL', 'CHINA_21VIANET')),
    constraint feature_availability_feature check (feature in ('TRIAL_INVITATIONS', 'PURCHASE_OFFERS',
        'DELEGATED_ADMIN', 'PARTNER_OF_RECORD', 'MARKETPLACE', 'PARTNER_APPLICATIONS')),
    constraint feature_availability_state check (state in ('AVAILABLE', 'NOT_AVAILABLE', 'PLANNED')),
    -- a feature that is not available says why, in every language; a planned one says when, too
    constraint feature_availability_reason check (state = 'AVAILABLE'
        or (reason_en is not null and reason_ja is not null and reason_ko is not null)),
    constraint feature_availability_planned check ((state = 'PLANNED') = (planned_on is not null))
);

-- every feature is available in the global cloud; in the cloud operated by 21Vianet none is yet
-- (the seed's English original and its Korean edition), until the operator switches it on
insert into feature_availability (id, cloud_instance, feature, state, reason_en, reason_ja, reason_ko,
                                  planned_on, updated_at, updated_by, version)
select gen_random_uuid(), 'GLOBAL', feature, 'AVAILABLE', null, null, null, null, now(), null, 0
from (values ('TRIAL_INVITATIONS'), ('PURCHASE_OFFERS'), ('DELEGATED_ADMIN'), ('PARTNER_OF_RECORD'),
             ('MARKETPLACE'), ('PARTNER_APPLICATIONS')) as features (feature);

insert into feature_availability (id, cloud_instance, feature, state, reason_en, reason_ja, reason_ko,
                                  planned_on, updated_at, updated_by, version)
select gen_random_uuid(), 'CHINA_21VIANET', feature, 'NOT_AVAILABLE',
       'The partner features are not yet available in the service operated by 21Vianet.',
       'パートナー機能は、21Vianet が運用するサービスではまだご利用いただけません。',
       '파트너 기능은 21Vianet에서 운영하는 서비스에서 아직 사용할 수 없습니다.',
       null, now(), null, 0
from (values ('TRIAL_INVITATIONS'), ('PURCHASE_OFFERS'), ('DELEGATED_ADMIN'), ('PARTNER_OF_RECORD'),
             ('MARKETPLACE'), ('PARTNER_APPLICATIONS')) as features (feature);
