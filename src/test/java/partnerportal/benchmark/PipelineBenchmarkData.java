package partnerportal.benchmark;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 12: the funnel at benchmark size. Of the demo partner's 10,000 seeded trial
 * invitations, the opened ones are accepted by the seeded customers (one each), half of
 * those customers later accept a purchase offer of ten licenses (a converted trial), a
 * third approve the partner as delegated admin: every step of the funnel has rows to look
 * up.
 */
final class PipelineBenchmarkData {

	private PipelineBenchmarkData() {
	}

	static void seed(JdbcTemplate jdbc) {
		jdbc.update("""
				with customers as (
				  select id, row_number() over (order by created_at, id) as n
				  from customer where name like 'Seeded Customer %'),
				opened as (
				  select id, row_number() over (order by sent_at, id) as n
				  from invitation where company_name like 'Seeded Company %' and state = 'VIEWED')
				update invitation i set state = 'ACCEPTED', customer_id = c.id,
				  decided_at = i.viewed_at + interval '3 hours'
				from opened o join customers c on c.n = o.n
				where i.id = o.id""");
		jdbc.update("""
				insert into invitation (id, kind, partner_id, sent_by_user_id, customer_id, company_name, contact_name,
				  email, language, state, token_hash, expires_at, created_at, sent_at, viewed_at, decided_at, version,
				  delegated_admin_requested)
				select gen_random_uuid(), 'PURCHASE', t.partner_id, t.sent_by_user_id, t.customer_id, t.company_name,
				  t.contact_name, t.email, 'en', 'ACCEPTED', md5(random()::text) || md5(random()::text),
				  t.decided_at + interval '40 days', t.decided_at + interval '5 days', t.decided_at + interval '5 days',
				  t.decided_at + interval '6 days', t.decided_at + interval '7 days', 0, false
				from invitation t
				where t.kind = 'TRIAL' and t.state = 'ACCEPTED' and t.company_name like 'Seeded Company %'
				  and abs(hashtext(t.id::text)) % 2 = 0""");
		jdbc.update("""
				insert into invitation_line (invitation_id, line_no, offer_code, quantity, billing_term, unit_price,
				  currency)
				select p.id, 0, o.code, 10, 'MONTHLY', o.monthly_price, o.currency
				from invitation p join catalog_offer o on o.code = 'BUSINESS_STANDARD'
				where p.kind = 'PURCHASE' and p.company_name like 'Seeded Company %'
				  and not exists (select 1 from invitation_line l where l.invitation_id = p.id)""");
		jdbc.update("""
				insert into delegated_admin (id, customer_id, partner_id, state, approved_at, approved_by_name, version)
				select gen_random_uuid(), t.customer_id, t.partner_id, 'ACTIVE', t.decided_at + interval '1 hour',
				  'Benchmark', 0
				from invitation t
				where t.kind = 'TRIAL' and t.state = 'ACCEPTED' and t.company_name like 'Seeded Company %'
				  and abs(hashtext(t.id::text)) % 3 = 0
				  and not exists (select 1 from delegated_admin d where d.customer_id = t.customer_id
				    and d.state = 'ACTIVE')""");
	}

}
