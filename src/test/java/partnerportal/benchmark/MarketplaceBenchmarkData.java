package partnerportal.benchmark;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 11: the marketplace at benchmark size: published listings of partners in good
 * standing (one in fifty hidden), with words in three languages, filters spread over the
 * vocabularies, and badge figures, inserted in a few statements.
 */
final class MarketplaceBenchmarkData {

	static final int LISTINGS = 5000;

	private MarketplaceBenchmarkData() {
	}

	static void seed(JdbcTemplate jdbc, int listings) {
		jdbc.update("""
				insert into partner (id, name, cloud_instance, agreement_version, agreement_signed_by,
				  agreement_signed_at, created_at, version, standing)
				select gen_random_uuid(), (array['Cloud', 'Mail', 'Office', 'Secure'])[1 + g % 4] || ' Partner ' || g,
				  'GLOBAL', '2026-01', 'Benchmark', now(), now(), 0,
				  case when g % 50 = 0 then 'HIDDEN' else 'ACTIVE' end
				from generate_series(1, ?) g""", listings);
		jdbc.update("""
				insert into marketplace_listing_content (id, partner_id, published, partner_name, description_en,
				  description_ja, description_ko, service_codes, industries, regions, languages, cloud_instances,
				  customer_sizes, contact_preferences, created_at)
				select gen_random_uuid(), p.id, true, p.name,
				  'We move companies to cloud mail and meetings and run them afterwards, reference ' || p.name || '.',
				  'メールと会議のクラウド移行を行い、移行後も運用します。東京と大阪に拠点があります。',
				  '메일과 회의를 클라우드로 이전하고 이후 운영까지 맡습니다. 서울과 부산에서 지원합니다.',
				  array['MAIL', 'MEETINGS'],
				  array[(array['RETAIL', 'FINANCE', 'HEALTHCARE', 'EDUCATION', 'MEDIA'])[1 + (random() * 4)::int]],
				  array[(array['EUROPE', 'JAPAN', 'KOREA', 'NORTH_AMERICA', 'OCEANIA'])[1 + (random() * 4)::int]],
				  array['ENGLISH'], array['GLOBAL'], array['SMALL', 'MEDIUM'], array['EMAIL'], now()
				from partner p where p.agreement_signed_by = 'Benchmark'""");
		jdbc.update("""
				insert into marketplace_partner_stats (partner_id, customers_served, active_delegated_admins,
				  trials_started, trials_converted, answered_leads, median_response_minutes)
				select id, 3, 1, 4, 2, 5, (random() * 600)::int from partner where agreement_signed_by = 'Benchmark'
				on conflict (partner_id) do nothing""");
	}

}
