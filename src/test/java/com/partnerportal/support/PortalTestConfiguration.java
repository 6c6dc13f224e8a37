package com.partnerportal.support;

import java.util.Map;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.MapPropertySource;

/**
 * The test clock, and the SMTP port of the shared GreenMail server.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PortalTestConfiguration {

	@Bean
	TestClock clock() {
		return new TestClock();
	}

	/**
	 * Points the portal's mail at the shared GreenMail server.
	 */
	public static class MailPort implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("greenmail", Map.of("spring.mail.port", TestMailServer.port())));
		}

	}

}
