package com.partnerportal.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.partnerportal.performance.StatementCounting;
import com.partnerportal.platform.security.SessionTableStatements;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole portal on a real PostgreSQL (embedded, fresh) and a real SMTP server
 * (GreenMail), on a random port, with a movable clock. Every test class that uses it
 * shares one application context: the data source also counts each request's statements
 * ({@link StatementCounting}) and records session-table statements while a test asks
 * ({@link SessionTableStatements}), so that the tests of those need no context of their
 * own (each context starts its own database and loads the demo data).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ PortalTestConfiguration.class, TestData.class, TestTenants.class, StatementCounting.class,
		SessionTableStatements.class })
@ContextConfiguration(initializers = PortalTestConfiguration.MailPort.class)
public @interface PortalIntegrationTest {

}
