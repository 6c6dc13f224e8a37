package partnerportal.benchmark;

import java.util.Map;

import com.partnerportal.performance.SqlStatements;
import com.partnerportal.performance.SqlStatements.PageTotals;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The SQL statements per request of each page the benchmark measured (requests tagged
 * with {@value SqlStatements#PAGE_HEADER}), one page a line, tab-separated: page,
 * requests, statements, session reads, session writes, transactions (per request, on
 * average).
 */
@RestController
class BenchmarkStatementsController {

	private final SqlStatements statements;

	BenchmarkStatementsController(SqlStatements statements) {
		this.statements = statements;
	}

	@GetMapping(path = "/benchmark/statements", produces = MediaType.TEXT_PLAIN_VALUE)
	String statements() {
		StringBuilder lines = new StringBuilder();
		for (Map.Entry<String, PageTotals> page : this.statements.pages().entrySet()) {
			PageTotals totals = page.getValue();
			lines.append(String.join("\t", page.getKey(), Long.toString(totals.requests()),
					Double.toString(totals.statements()), Double.toString(totals.sessionReads()),
					Double.toString(totals.sessionWrites()), Double.toString(totals.transactions())))
				.append('\n');
		}
		return lines.toString();
	}

}
