package com.partnerportal.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.marketplace.ContactPreference;
import com.partnerportal.marketplace.CustomerSize;
import com.partnerportal.marketplace.Industry;
import com.partnerportal.marketplace.ListingDraft;
import com.partnerportal.marketplace.ListingStatus;
import com.partnerportal.marketplace.Listings;
import com.partnerportal.marketplace.Region;
import com.partnerportal.marketplace.SpokenLanguage;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.partner.Program;
import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.CloudInstance;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.platform.security.BackOfficeAdmins;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The marketplace's demo: about twenty published listings (Contoso, Fabrikam, Litware and
 * new partners registered here) across cloud instances and languages, and one first
 * listing waiting for the back office's review. Listings go through the marketplace's own
 * use cases (submitted by a partner admin, approved by the back-office admin), once,
 * under an advisory lock, in a phase after {@link DemoData}'s.
 */
@DemoDataLoader.Enabled
class MarketplaceDemoData extends DemoDataLoader {

	/** The partner whose first listing waits for review. */
	static final String WAITING_PARTNER = "Tailwind Cloud Consulting";

	private static final Logger logger = LoggerFactory.getLogger(MarketplaceDemoData.class);

	private static final Set<CloudInstance> GLOBAL = EnumSet.of(CloudInstance.GLOBAL);

	private static final Set<CloudInstance> BOTH = EnumSet.allOf(CloudInstance.class);

	private static final Set<String> ALL = Set.of("MAIL", "FILE_SHARING", "MEETINGS", "OFFICE_APPS", "ARCHIVING",
			"SECURITY");

	private final Partners partners;

	private final Listings listings;

	private final BackOfficeAdmins backOffice;

	private final JdbcTemplate jdbc;

	MarketplaceDemoData(Partners partners, Listings listings, BackOfficeAdmins backOffice,
			PlatformTransactionManager transactionManager, JdbcTemplate jdbc) {
		super("marketplace", DemoData.STEP + 11, transactionManager, jdbc);
		this.partners = partners;
		this.listings = listings;
		this.backOffice = backOffice;
		this.jdbc = jdbc;
	}

	@Override
	protected void load() {
		PortalUser admin = this.backOffice.findForSignIn(DemoData.ADMIN_EMAIL).orElse(null);
		if (admin == null) {
			return;
		}
		int published = 0;
		for (DemoListing demo : LISTINGS) {
			PortalUser author = author(demo);
			if (author == null) {
				continue;
			}
			ListingStatus status = this.listings.submit(author, demo.draft());
			if (!WAITING_PARTNER.equals(demo.name())) {
				this.listings.approve(admin, status.listingId(), status.version());
				published++;
			}
		}
		logger.info("Marketplace demo data loaded: {} published listings, one waiting for review", published);
	}

	/**
	 * A partner admin of the demo partner: the existing demo partners' own admin, or, for
	 * a partner registered here, an admin who never signs in (no account is created for
	 * it).
	 */
	private PortalUser author(DemoListing demo) {
		if (demo.adminEmail() != null) {
			return this.partners.findForSignIn(demo.adminEmail()).orElse(null);
		}
		UUID partnerId = this.partners.register(demo.name(), demo.domain(), CloudInstance.GLOBAL, demo.programs(),
				demo.draft().serviceCodes());
		this.partners.signAgreement(partnerId, "2026-01", "Demo Signer");
		return new PortalUser(UUID.randomUUID(), AccountKind.PARTNER_USER, partnerId, "listing@" + demo.domain(),
				demo.name(), Locale.ENGLISH, Set.of(PartnerRole.PARTNER_ADMIN.name()), null);
	}

	@Override
	protected boolean alreadyPresent() {
		Integer count = this.jdbc.queryForObject("select count(*) from partner where name = ?", Integer.class,
				WAITING_PARTNER);
		return count != null && count > 0;
	}

	private static DemoListing existing(String adminEmail, String en, String ja, String ko, Set<String> services,
			Set<Industry> industries, Set<Region> regions, Set<SpokenLanguage> languages,
			Set<CloudInstance> instances) {
		return new DemoListing(null, null, adminEmail, Set.of(), new ListingDraft(en, ja, ko, services, industries,
				regions, languages, instances, EnumSet.allOf(CustomerSize.class), EnumSet.of(ContactPreference.EMAIL)));
	}

	private static DemoListing partner(String name, String domain, Set<Program> programs, String en, String ja,
			String ko, Set<String> services, Set<Industry> industries, Set<Region> regions,
			Set<SpokenLanguage> languages, Set<CloudInstance> instances, Set<CustomerSize> sizes) {
		return new DemoListing(name, domain, null, programs, new ListingDraft(en, ja, ko, services, industries, regions,
				languages, instances, sizes, EnumSet.of(ContactPreference.EMAIL, ContactPreference.VIDEO_CALL)));
	}

	static final List<DemoListing> LISTINGS = List.of(existing("paula@contoso-partners.example",
			"Contoso moves small and mid-sized companies to cloud mail, file sharing and meetings, and runs them afterwards.",
			"コントソは中小企業のメール、ファイル共有、会議のクラウド移行を行い、移行後の運用も担当します。東京と大阪に拠点があります。",
			"콘토소는 중소기업의 메일, 파일 공유, 회의를 클라우드로 이전하고 이후 운영까지 맡습니다.", ALL,
			EnumSet.of(Industry.RETAIL, Industry.PROFESSIONAL_SERVICES), EnumSet.of(Region.NORTH_AMERICA, Region.JAPAN),
			EnumSet.of(SpokenLanguage.ENGLISH, SpokenLanguage.JAPANESE), GLOBAL),
			existing("minjun@fabrikam-mail.example",
					"Fabrikam runs mail and mail archiving for companies that must keep every message for years.", null,
					"패브리캄은 메시지를 오래 보관해야 하는 기업을 위해 메일과 메일 보관을 운영합니다. 서울과 부산에서 지원합니다.", Set.of("MAIL", "ARCHIVING"),
					EnumSet.of(Industry.FINANCE, Industry.PUBLIC_SECTOR), EnumSet.of(Region.KOREA),
					EnumSet.of(SpokenLanguage.KOREAN, SpokenLanguage.ENGLISH), GLOBAL),
			existing("lee@litware.example",
					"Litware administers Office apps and security for schools and hospitals, under delegated admin.",
					"ライトウェアは学校と病院の Office アプリとセキュリティを委任管理で運用します。", "라이트웨어는 학교와 병원의 Office 앱과 보안을 위임 관리로 운영합니다.", ALL,
					EnumSet.of(Industry.EDUCATION, Industry.HEALTHCARE),
					EnumSet.of(Region.NORTH_AMERICA, Region.EUROPE), EnumSet.of(SpokenLanguage.ENGLISH), BOTH),
			partner("Adventure Works Cloud", "adventure-works-cloud.example", EnumSet.of(Program.CLOUD_ACCELERATE),
					"Adventure Works Cloud sets up online meetings and file sharing for travel and hospitality firms.",
					"アドベンチャーワークスは旅行・宿泊業向けにオンライン会議とファイル共有を導入します。", null, Set.of("MEETINGS", "FILE_SHARING"),
					EnumSet.of(Industry.HOSPITALITY), EnumSet.of(Region.EUROPE),
					EnumSet.of(SpokenLanguage.ENGLISH, SpokenLanguage.GERMAN), GLOBAL,
					EnumSet.of(CustomerSize.SMALL, CustomerSize.MEDIUM)),
			partner("Alpine Ski House IT", "alpineskihouse-it.example", EnumSet.noneOf(Program.class),
					"Alpine Ski House IT looks after mail for small shops in the mountains, in German and French.",
					null, null, Set.of("MAIL"), EnumSet.of(Industry.RETAIL), EnumSet.of(Region.EUROPE),
					EnumSet.of(SpokenLanguage.GERMAN, SpokenLanguage.FRENCH), GLOBAL, EnumSet.of(CustomerSize.SMALL)),
			partner("Blue Yonder Systems", "blueyonder-systems.example", EnumSet.of(Program.CLOUD_DEPLOYMENT),
					"Blue Yonder Systems deploys Office apps to thousands of desks at once for manufacturers.",
					"ブルーヨンダーは製造業向けに数千台規模で Office アプリを展開します。名古屋の工場にも対応します。", null, Set.of("OFFICE_APPS", "SECURITY"),
					EnumSet.of(Industry.MANUFACTURING), EnumSet.of(Region.JAPAN, Region.SOUTHEAST_ASIA),
					EnumSet.of(SpokenLanguage.JAPANESE, SpokenLanguage.ENGLISH), GLOBAL,
					EnumSet.of(CustomerSize.LARGE, CustomerSize.ENTERPRISE)),
			partner("Coho Winery Tech", "cohowinery-tech.example", EnumSet.noneOf(Program.class),
					"Coho Winery Tech helps wineries and food producers share files with their distributors.", null,
					null, Set.of("FILE_SHARING"), EnumSet.of(Industry.MANUFACTURING, Industry.RETAIL),
					EnumSet.of(Region.NORTH_AMERICA, Region.OCEANIA), EnumSet.of(SpokenLanguage.ENGLISH), GLOBAL,
					EnumSet.of(CustomerSize.SMALL)),
			partner("Fourth Coffee Networks", "fourthcoffee-networks.example", EnumSet.of(Program.CLOUD_ESSENTIALS),
					"Fourth Coffee Networks runs cloud mail and meetings for cafés and restaurant chains.", null,
					"포스커피 네트웍스는 카페와 식당 체인의 클라우드 메일과 회의를 운영합니다.", Set.of("MAIL", "MEETINGS"),
					EnumSet.of(Industry.HOSPITALITY, Industry.RETAIL), EnumSet.of(Region.KOREA, Region.NORTH_AMERICA),
					EnumSet.of(SpokenLanguage.KOREAN, SpokenLanguage.ENGLISH), GLOBAL,
					EnumSet.of(CustomerSize.SMALL, CustomerSize.MEDIUM)),
			partner("Graphic Design Institute Services", "gdi-services.example", EnumSet.noneOf(Program.class),
					"We set up file sharing for design studios and media agencies that send large files every day.",
					"デザイン事務所やメディア企業向けに、大きなファイルを毎日送るための共有環境を構築します。", null, Set.of("FILE_SHARING", "OFFICE_APPS"),
					EnumSet.of(Industry.MEDIA), EnumSet.of(Region.JAPAN), EnumSet.of(SpokenLanguage.JAPANESE), GLOBAL,
					EnumSet.of(CustomerSize.SMALL)),
			partner("Humongous Insurance IT", "humongous-insurance-it.example", EnumSet.of(Program.CLOUD_ACCELERATE),
					"Humongous Insurance IT secures mail and archives it for insurers and banks, with audits.", null,
					"보험사와 은행을 위해 메일 보안과 보관을 감사 기준에 맞춰 운영합니다.", Set.of("MAIL", "ARCHIVING", "SECURITY"),
					EnumSet.of(Industry.FINANCE), EnumSet.of(Region.KOREA, Region.NORTH_AMERICA),
					EnumSet.of(SpokenLanguage.KOREAN, SpokenLanguage.ENGLISH), GLOBAL,
					EnumSet.of(CustomerSize.LARGE, CustomerSize.ENTERPRISE)),
			partner("Lamna Healthcare Cloud", "lamna-healthcare-cloud.example", EnumSet.of(Program.CLOUD_ESSENTIALS),
					"Lamna Healthcare Cloud moves clinics to cloud mail and keeps patient data secure.",
					"ラムナはクリニックのメールをクラウドへ移行し、患者データを安全に保ちます。", "람나는 병원의 메일을 클라우드로 이전하고 환자 데이터를 안전하게 지킵니다.",
					Set.of("MAIL", "SECURITY"), EnumSet.of(Industry.HEALTHCARE), EnumSet.of(Region.JAPAN, Region.KOREA),
					EnumSet.of(SpokenLanguage.JAPANESE, SpokenLanguage.KOREAN), GLOBAL,
					EnumSet.of(CustomerSize.SMALL, CustomerSize.MEDIUM)),
			partner("Margie's Travel Tech", "margies-travel-tech.example", EnumSet.noneOf(Program.class),
					"Margie's Travel Tech equips travel agencies with meetings and shared calendars.", null, null,
					Set.of("MEETINGS"), EnumSet.of(Industry.HOSPITALITY), EnumSet.of(Region.LATIN_AMERICA),
					EnumSet.of(SpokenLanguage.SPANISH, SpokenLanguage.ENGLISH), GLOBAL, EnumSet.of(CustomerSize.SMALL)),
			partner("Proseware Learning", "proseware-learning.example", EnumSet.of(Program.CLOUD_DEPLOYMENT),
					"Proseware Learning rolls out Office apps and online classes to universities and schools.",
					"プロスウェアは大学や学校に Office アプリとオンライン授業を導入します。", "프로스웨어는 대학과 학교에 Office 앱과 온라인 수업을 도입합니다.",
					Set.of("OFFICE_APPS", "MEETINGS"), EnumSet.of(Industry.EDUCATION),
					EnumSet.of(Region.JAPAN, Region.KOREA, Region.SOUTHEAST_ASIA),
					EnumSet.of(SpokenLanguage.ENGLISH, SpokenLanguage.JAPANESE, SpokenLanguage.KOREAN), BOTH,
					EnumSet.of(CustomerSize.LARGE, CustomerSize.ENTERPRISE)),
			partner("Relecloud Partners", "relecloud-partners.example", EnumSet.of(Program.CLOUD_ACCELERATE),
					"Relecloud Partners serves companies in the global cloud and in the cloud operated by 21Vianet.",
					null, null, ALL, EnumSet.of(Industry.MANUFACTURING, Industry.RETAIL),
					EnumSet.of(Region.GREATER_CHINA, Region.SOUTHEAST_ASIA),
					EnumSet.of(SpokenLanguage.CHINESE, SpokenLanguage.ENGLISH), BOTH,
					EnumSet.allOf(CustomerSize.class)),
			partner("School of Fine Art IT", "fineart-it.example", EnumSet.noneOf(Program.class),
					"We help art schools and museums share large image archives with students and visitors.", null,
					null, Set.of("FILE_SHARING", "ARCHIVING"), EnumSet.of(Industry.EDUCATION, Industry.NONPROFIT),
					EnumSet.of(Region.EUROPE), EnumSet.of(SpokenLanguage.FRENCH, SpokenLanguage.ENGLISH), GLOBAL,
					EnumSet.of(CustomerSize.SMALL, CustomerSize.MEDIUM)),
			partner("Southridge Video Services", "southridge-video.example", EnumSet.of(Program.CLOUD_ESSENTIALS),
					"Southridge Video Services runs large online meetings and town halls for media companies.",
					"サウスリッジは放送局やメディア企業向けに大規模なオンライン会議を運営します。", null, Set.of("MEETINGS"), EnumSet.of(Industry.MEDIA),
					EnumSet.of(Region.JAPAN, Region.NORTH_AMERICA),
					EnumSet.of(SpokenLanguage.ENGLISH, SpokenLanguage.JAPANESE), GLOBAL,
					EnumSet.of(CustomerSize.LARGE, CustomerSize.ENTERPRISE)),
			partner("Trey Research Security", "treyresearch-security.example", EnumSet.of(Program.CLOUD_ACCELERATE),
					"Trey Research Security reviews and hardens the security of cloud tenants for public agencies.",
					null, "트레이 리서치는 공공 기관의 클라우드 테넌트 보안을 점검하고 강화합니다. 서울 본사.", Set.of("SECURITY"),
					EnumSet.of(Industry.PUBLIC_SECTOR), EnumSet.of(Region.KOREA), EnumSet.of(SpokenLanguage.KOREAN),
					GLOBAL, EnumSet.of(CustomerSize.LARGE, CustomerSize.ENTERPRISE)),
			partner("Wide World Importers IT", "wideworld-importers-it.example", EnumSet.noneOf(Program.class),
					"Wide World Importers IT moves trading companies to cloud mail and file sharing in Asia.", null,
					null, Set.of("MAIL", "FILE_SHARING"), EnumSet.of(Industry.RETAIL),
					EnumSet.of(Region.SOUTHEAST_ASIA, Region.OCEANIA), EnumSet.of(SpokenLanguage.ENGLISH), BOTH,
					EnumSet.of(CustomerSize.MEDIUM)),
			partner("Woodgrove Advisory IT", "woodgrove-advisory-it.example", EnumSet.of(Program.CLOUD_ESSENTIALS),
					"Woodgrove Advisory IT runs Office apps and mail for law firms and accountants.",
					"ウッドグローブは法律事務所と会計事務所の Office アプリとメールを運用します。", null, Set.of("OFFICE_APPS", "MAIL"),
					EnumSet.of(Industry.PROFESSIONAL_SERVICES), EnumSet.of(Region.JAPAN, Region.NORTH_AMERICA),
					EnumSet.of(SpokenLanguage.JAPANESE, SpokenLanguage.ENGLISH), GLOBAL,
					EnumSet.of(CustomerSize.SMALL, CustomerSize.MEDIUM)),
			partner("Wingtip Toys Cloud", "wingtip-toys-cloud.example", EnumSet.noneOf(Program.class),
					"Wingtip Toys Cloud sets up mail and meetings for toy makers and nonprofits.", null, null,
					Set.of("MAIL", "MEETINGS"), EnumSet.of(Industry.NONPROFIT, Industry.MANUFACTURING),
					EnumSet.of(Region.NORTH_AMERICA), EnumSet.of(SpokenLanguage.ENGLISH), GLOBAL,
					EnumSet.of(CustomerSize.SMALL)),
			partner(WAITING_PARTNER, "tailwind-cloud-consulting.example", EnumSet.of(Program.CLOUD_ESSENTIALS),
					"Tailwind Cloud Consulting plans and runs migrations of mail and files to the cloud.",
					"テイルウィンドはメールとファイルのクラウド移行を計画し、実行します。", null, Set.of("MAIL", "FILE_SHARING"),
					EnumSet.of(Industry.PROFESSIONAL_SERVICES), EnumSet.of(Region.JAPAN, Region.EUROPE),
					EnumSet.of(SpokenLanguage.JAPANESE, SpokenLanguage.ENGLISH), GLOBAL,
					EnumSet.of(CustomerSize.MEDIUM, CustomerSize.LARGE)));

	private record DemoListing(String name, String domain, String adminEmail, Set<Program> programs,
			ListingDraft draft) {

	}

}
