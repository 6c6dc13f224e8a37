package com.partnerportal.platform.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a failed start of the embedded PostgreSQL that a person can fix into Spring
 * Boot's short "APPLICATION FAILED TO START" report: what is wrong and what to do, no
 * stack trace. Registered in {@code META-INF/spring.factories}; it names no class of the
 * embedded database library, which a build without it does not have.
 */
class EmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseStartupException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseStartupException cause) {
		return new FailureAnalysis(cause.description(), cause.action(), cause);
	}

}
