package com.partnerportal.platform.security;

import java.util.ArrayList;
import java.util.List;

import com.partnerportal.platform.security.CachedAccessExpressions.CachingParser;
import org.junit.jupiter.api.Test;

import org.springframework.expression.Expression;
import org.springframework.expression.ExpressionParser;
import org.springframework.expression.ParserContext;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;

import static org.assertj.core.api.Assertions.assertThat;

class CachedAccessExpressionsTest {

	@Test
	void parsesEachExpressionOnce() {
		CountingParser counting = new CountingParser();
		CachingParser parser = new CachingParser(counting);

		Expression first = parser.parseExpression("hasRole('PARTNER_ADMIN')");
		Expression again = parser.parseExpression("hasRole('PARTNER_ADMIN')");
		Expression other = parser.parseExpression("isAuthenticated()");

		assertThat(again).isSameAs(first);
		assertThat(other).isNotSameAs(first);
		assertThat(counting.parsed).containsExactly("hasRole('PARTNER_ADMIN')", "isAuthenticated()");
	}

	@Test
	void keepsAtMostItsBoundAndStillParsesThePast() {
		CountingParser counting = new CountingParser();
		CachingParser parser = new CachingParser(counting);
		for (int i = 0; i < CachedAccessExpressions.MAX_CACHED + 10; i++) {
			parser.parseExpression("hasRole('ROLE_" + i + "')");
		}
		Expression beyond = parser.parseExpression("hasRole('ROLE_" + (CachedAccessExpressions.MAX_CACHED + 5) + "')");

		assertThat(parser.size()).isEqualTo(512);
		assertThat(beyond.getExpressionString()).isEqualTo("hasRole('ROLE_517')");
		assertThat(counting.parsed).hasSize(512 + 10 + 1);
	}

	@Test
	void templateExpressionsAreNotCached() {
		CountingParser counting = new CountingParser();
		CachingParser parser = new CachingParser(counting);

		parser.parseExpression("#{1}", ParserContext.TEMPLATE_EXPRESSION);
		parser.parseExpression("#{1}", ParserContext.TEMPLATE_EXPRESSION);

		assertThat(counting.parsed).hasSize(2);
	}

	@Test
	void wrapsTheParserOfASecurityExpressionHandlerOnce() {
		DefaultMethodSecurityExpressionHandler handler = new DefaultMethodSecurityExpressionHandler();
		var postProcessor = CachedAccessExpressions.cachedAccessExpressionsParser();

		postProcessor.postProcessAfterInitialization(handler, "webSecurityExpressionHandler");
		ExpressionParser wrapped = handler.getExpressionParser();
		postProcessor.postProcessAfterInitialization(handler, "webSecurityExpressionHandler");

		assertThat(wrapped).isInstanceOf(CachingParser.class);
		assertThat(handler.getExpressionParser()).isSameAs(wrapped);
	}

	static final class CountingParser implements ExpressionParser {

		final List<String> parsed = new ArrayList<>();

		private final SpelExpressionParser parser = new SpelExpressionParser();

		@Override
		public Expression parseExpression(String expressionString) {
			this.parsed.add(expressionString);
			return this.parser.parseExpression(expressionString);
		}

		@Override
		public Expression parseExpression(String expressionString, ParserContext context) {
			this.parsed.add(expressionString);
			return this.parser.parseExpression(expressionString, context);
		}

	}

}
