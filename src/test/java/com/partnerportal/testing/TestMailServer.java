package com.partnerportal.testing;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;

/**
 * One real SMTP server (GreenMail) for the whole test run, on a free port.
 */
public final class TestMailServer {

	private static final GreenMail SERVER = start();

	private static final Pattern INVITATION_LINK = Pattern
		.compile("https?://[^\\s\"<>]+/invitations/[A-Za-z0-9_-]{43}");

	private TestMailServer() {
	}

	private static GreenMail start() {
		GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		server.start();
		Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		return server;
	}

	public static GreenMail server() {
		return SERVER;
	}

	public static int port() {
		return SERVER.getSmtp().getPort();
	}

	/**
	 * Waits until a mail to {@code recipient} whose subject contains {@code subjectPart}
	 * arrives, and returns it.
	 */
	public static MimeMessage awaitMail(String recipient, String subjectPart) {
		return await().alias("a mail to " + recipient + " with subject containing '" + subjectPart + "'")
			.until(() -> mailsTo(recipient).stream()
				.filter((message) -> subject(message).contains(subjectPart))
				.findFirst(), Optional::isPresent)
			.orElseThrow();
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static List<MimeMessage> mailsTo(String recipient) {
		return Arrays.stream(SERVER.getReceivedMessages()).filter((message) -> {
			try {
				return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
					.anyMatch((address) -> address.toString().equalsIgnoreCase(recipient));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	public static String body(MimeMessage message) {
		return GreenMailUtil.getBody(message);
	}

	/**
	 * The invitation link in a mail, as the recipient would click it.
	 */
	public static String invitationLink(MimeMessage message) {
		String body = GreenMailUtil.getWholeMessage(message).replace("=\r\n", "").replace("=3D", "=");
		Matcher matcher = INVITATION_LINK.matcher(body);
		if (!matcher.find()) {
			throw new AssertionError("No invitation link in the mail");
		}
		return matcher.group();
	}

	/**
	 * The token of the invitation link in a mail.
	 */
	public static String token(MimeMessage message) {
		String link = invitationLink(message);
		return link.substring(link.lastIndexOf('/') + 1);
	}

	/**
	 * The path of the invitation link in a mail ({@code /invitations/<token>}), to open
	 * on the test server whatever host the mail names.
	 */
	public static String path(MimeMessage message) {
		String link = invitationLink(message);
		return link.substring(link.indexOf("/invitations/"));
	}

	/**
	 * Waits for the mail that arrives after the {@code before} mails the recipient had.
	 */
	public static MimeMessage nextMailTo(String recipient, int before) {
		return await().alias("a new mail to " + recipient)
			.until(() -> mailsTo(recipient), (mails) -> mails.size() > before)
			.get(before);
	}

	private static ConditionFactory await() {
		return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100));
	}

}
