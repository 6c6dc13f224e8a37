package com.partnerportal.notification;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * An SMTP server that accepts connections and never says a word: not even the greeting.
 */
final class SilentSmtpServer implements AutoCloseable {

	private final ServerSocket server;

	private final List<Socket> connections = new CopyOnWriteArrayList<>();

	private final CountDownLatch firstConnection = new CountDownLatch(1);

	SilentSmtpServer() throws IOException {
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(this::acceptForever, "silent-smtp");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	int port() {
		return this.server.getLocalPort();
	}

	CountDownLatch firstConnection() {
		return this.firstConnection;
	}

	private void acceptForever() {
		while (!this.server.isClosed()) {
			try {
				this.connections.add(this.server.accept());
				this.firstConnection.countDown();
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	@Override
	public void close() throws IOException {
		this.server.close();
		for (Socket connection : this.connections) {
			connection.close();
		}
	}

}
