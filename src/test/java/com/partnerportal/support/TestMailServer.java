package com.partnerportal.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

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
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (Instant.now().isBefore(deadline)) {
			for (MimeMessage message : SERVER.getReceivedMessages()) {
				try {
					boolean toRecipient = Arrays.stream(message.getRecipients(Message.RecipientType.TO))
						.anyMatch((address) -> address.toString().equalsIgnoreCase(recipient));
					if (toRecipient && message.getSubject().contains(subjectPart)) {
						return message;
					}
				}
				catch (MessagingException ex) {
					throw new IllegalStateException(ex);
				}
			}
			sleep();
		}
		throw new AssertionError("No mail to " + recipient + " with subject containing '" + subjectPart + "'");
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
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (Instant.now().isBefore(deadline)) {
			List<MimeMessage> mails = mailsTo(recipient);
			if (mails.size() > before) {
				return mails.get(before);
			}
			sleep();
		}
		throw new AssertionError("No new mail to " + recipient);
	}

	private static void sleep() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
