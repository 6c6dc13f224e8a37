package com.partnerportal.demo;

import java.util.UUID;

import com.partnerportal.partner.NewAgreementVersion;
import com.partnerportal.partner.PartnerAgreements;
import com.partnerportal.partner.PartnerEnrollments;
import com.partnerportal.partner.Partners;
import com.partnerportal.partner.Program;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.PortalUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The partner program's demo data, once, after {@link DemoData}: a newer version of the
 * Partner Agreement ("2026-11", within its grace period) that Fabrikam has accepted and
 * Contoso has not yet (Paula sees the banner and accepts it), and Fabrikam's request to
 * enrol in Cloud Essentials, waiting for the back office. Northwind (not signed at all)
 * signs on its agreement page. A {@link DemoDataLoader}, after {@link DemoData}.
 */
@DemoDataLoader.Enabled
class PartnerProgramDemoData extends DemoDataLoader {

	static final String NEW_VERSION = "2026-11";

	/** Long enough that the demo (and a test that moves its clock) stays within it. */
	static final int GRACE_PERIOD_DAYS = 90;

	private static final Logger logger = LoggerFactory.getLogger(PartnerProgramDemoData.class);

	private final PartnerAgreements agreements;

	private final PartnerEnrollments enrollments;

	private final Partners partners;

	PartnerProgramDemoData(PartnerAgreements agreements, PartnerEnrollments enrollments, Partners partners,
			PlatformTransactionManager transactionManager, JdbcTemplate jdbc) {
		super("partner-program", DemoData.STEP + 1, transactionManager, jdbc);
		this.agreements = agreements;
		this.enrollments = enrollments;
		this.partners = partners;
	}

	@Override
	protected boolean alreadyPresent() {
		return this.agreements.labelTaken(NEW_VERSION);
	}

	@Override
	protected void load() {
		PortalUser minjun = this.partners.findForSignIn("minjun@fabrikam-mail.example").orElse(null);
		if (minjun == null) {
			// the demo partners are not there (a database of real data): nothing to add
			return;
		}
		UUID version = this.agreements.publish(Actor.system(),
				new NewAgreementVersion(NEW_VERSION, TEXT_EN, TEXT_JA, TEXT_KO, GRACE_PERIOD_DAYS));
		this.agreements.accept(minjun, version);
		this.enrollments.request(minjun, Program.CLOUD_ESSENTIALS);
		logger.info("Demo data: Partner Agreement {} published; Contoso has not accepted it yet", NEW_VERSION);
	}

	private static final String TEXT_EN = """
			Partner Agreement, version 2026-11.
			1. The partner sells the operator's cloud services only to customers of its own cloud instance, and only the service types it is authorized for.
			2. The partner administers a customer's tenant only while the customer has approved it as delegated admin, only for the customer's benefit, and records every action.
			3. The partner keeps its customers' data confidential and reports security incidents to the operator within 24 hours.
			4. New: the partner keeps its marketplace listing true and answers contact requests within two business days.
			5. The operator may freeze, hide or suspend a partner that breaks this agreement; it says why.""";

	private static final String TEXT_JA = """
			パートナー契約 バージョン 2026-11
			1. パートナーは、オペレーターのクラウドサービスを自社と同じクラウドインスタンスの顧客にのみ、認可されたサービス種別に限って販売します。
			2. パートナーは、顧客が委任管理者として承認している間に限り、顧客の利益のためにのみ顧客のテナントを管理し、すべての操作を記録します。
			3. パートナーは顧客のデータを機密として扱い、セキュリティインシデントを 24 時間以内にオペレーターへ報告します。
			4. 新規: パートナーはマーケットプレースの掲載情報を正確に保ち、問い合わせに 2 営業日以内に回答します。
			5. オペレーターは、この契約に違反したパートナーの販売停止・非表示・利用停止を行うことがあり、その理由を伝えます。""";

	private static final String TEXT_KO = """
			파트너 계약 버전 2026-11
			1. 파트너는 운영자의 클라우드 서비스를 같은 클라우드 인스턴스의 고객에게만, 승인된 서비스 유형에 한해 판매합니다.
			2. 파트너는 고객이 위임 관리자로 승인한 동안에만, 고객의 이익을 위해서만 고객의 테넌트를 관리하며 모든 작업을 기록합니다.
			3. 파트너는 고객 데이터를 기밀로 유지하고 보안 사고를 24시간 이내에 운영자에게 보고합니다.
			4. 신규: 파트너는 마켓플레이스 목록을 정확하게 유지하고 문의에 영업일 기준 2일 이내에 답변합니다.
			5. 운영자는 이 계약을 위반한 파트너의 판매를 동결하거나, 숨기거나, 정지할 수 있으며 그 이유를 알립니다.""";

}
