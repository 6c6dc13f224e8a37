package com.partnerportal.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.MapPropertySource;

/**
 * The test clock, the SMTP port of the shared GreenMail server, and a free port for the
 * portal chosen before it starts.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PortalTestConfiguration {

	@Bean
	TestClock clock() {
		return new TestClock();
	}

	/**
	 * Points the portal's mail at the shared GreenMail server, and gives the portal a
	 * free port known before it starts: with no {@code portal.base-url}, mailed links
	 * name this server's own port, and the demo data (which mails) is loaded before the
	 * web server opens it, as on a real start.
	 */
	public static class MailPort implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("greenmail",
						Map.of("spring.mail.port", TestMailServer.port(), "server.port", freePort())));
		}

		private static int freePort() {
			try (ServerSocket socket = new ServerSocket(0)) {
				return socket.getLocalPort();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
