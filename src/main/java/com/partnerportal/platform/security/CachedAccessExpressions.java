package com.partnerportal.platform.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.expression.Expression;
import org.springframework.expression.ExpressionParser;
import org.springframework.expression.ParseException;
import org.springframework.expression.ParserContext;
import org.springframework.security.access.expression.AbstractSecurityExpressionHandler;

/**
 * The access expressions of the pages ({@code sec:authorize="hasRole('PARTNER_ADMIN')"})
 * are parsed once: Thymeleaf's Spring Security dialect asks the web security expression
 * handler to parse its expression on every evaluation, a dozen times per page for the
 * layout's navigation alone (issue 9: a few per cent of a page's CPU time in the
 * profile). Parsed expressions are immutable and safe to share between threads; the
 * expressions come from the templates, so the cache is small, and bounded all the same.
 */
@Configuration(proxyBeanMethods = false)
class CachedAccessExpressions {

	/**
	 * More distinct access expressions than the templates hold: past it, an expression is
	 * parsed each time, as without this cache.
	 */
	static final int MAX_CACHED = 512;

	@Bean
	static BeanPostProcessor cachedAccessExpressionsParser() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof AbstractSecurityExpressionHandler<?> handler
						&& !(handler.getExpressionParser() instanceof CachingParser)) {
					handler.setExpressionParser(new CachingParser(handler.getExpressionParser()));
				}
				return bean;
			}

		};
	}

	/**
	 * Parses each expression once (expressions parsed with a template context are not
	 * cached).
	 */
	static final class CachingParser implements ExpressionParser {

		private final ExpressionParser parser;

		private final Map<String, Expression> parsed = new ConcurrentHashMap<>();

		CachingParser(ExpressionParser parser) {
			this.parser = parser;
		}

		@Override
		public Expression parseExpression(String expressionString) throws ParseException {
			Expression expression = this.parsed.get(expressionString);
			if (expression == null) {
				expression = this.parser.parseExpression(expressionString);
				if (this.parsed.size() < MAX_CACHED) {
					this.parsed.putIfAbsent(expressionString, expression);
				}
			}
			return expression;
		}

		@Override
		public Expression parseExpression(String expressionString, ParserContext context) throws ParseException {
			return this.parser.parseExpression(expressionString, context);
		}

		int size() {
			return this.parsed.size();
		}

	}

}
