package dev.gloam.testkit.internal.gateway;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway's listening socket on loopback. Each accepted connection gets its own named virtual
 * thread.
 */
public final class GatewayServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(GatewayServer.class);

  private final ServerSocket serverSocket;
  private final URI url;
  private final Map<GatewayConnection, Thread> connections = new ConcurrentHashMap<>();
  private final AtomicInteger connectionNumbers = new AtomicInteger();
  private final Thread acceptThread;
  private volatile boolean closed;
  private GatewayContext context;

  private GatewayServer(ServerSocket serverSocket) {
    this.serverSocket = serverSocket;
    this.url = URI.create("ws://127.0.0.1:" + serverSocket.getLocalPort());
    this.acceptThread =
        Thread.ofVirtual().name("gloam-testkit-gateway-accept").unstarted(this::acceptLoop);
  }

  /**
   * Binds a server socket on 127.0.0.1 with an ephemeral port, without accepting yet, so that the
   * URL is known before the context that needs it is built.
   *
   * @return the bound server
   * @throws IOException if binding fails
   */
  public static GatewayServer bind() throws IOException {
    ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    return new GatewayServer(socket);
  }

  /**
   * Returns the URL clients connect to.
   *
   * @return for example {@code ws://127.0.0.1:45678}
   */
  public URI url() {
    return url;
  }

  /**
   * Starts accepting connections.
   *
   * @param context what the connections share
   */
  public void start(GatewayContext context) {
    this.context = Objects.requireNonNull(context, "context");
    acceptThread.start();
  }

  private void acceptLoop() {
    while (!closed) {
      Socket socket;
      try {
        socket = serverSocket.accept();
      } catch (IOException e) {
        if (!closed) {
          LOG.error("gateway stopped accepting connections", e);
        }
        return;
      }
      int number = connectionNumbers.incrementAndGet();
      GatewayConnection connection = new GatewayConnection(socket, number, context);
      Thread thread =
          Thread.ofVirtual()
              .name("gloam-testkit-gateway-conn-" + number)
              .unstarted(
                  () -> {
                    try {
                      connection.run();
                    } finally {
                      connections.remove(connection);
                    }
                  });
      connections.put(connection, thread);
      if (closed) {
        // close() may have run between accept() and put(); it will not see this connection.
        connection.closeSocket();
        connections.remove(connection);
        return;
      }
      thread.start();
    }
  }

  /**
   * Stops accepting, sends 1001 to every open connection, gives clients a bounded time to answer
   * and then cuts whatever is left. Waits for every thread this server started. Idempotent.
   *
   * @param timeout how long clients get to finish the closing handshake
   */
  public void close(Duration timeout) {
    if (closed) {
      return;
    }
    closed = true;
    try {
      serverSocket.close();
    } catch (IOException e) {
      LOG.debug("closing the gateway socket failed", e);
    }
    join(List.of(acceptThread), timeout);
    connections.keySet().forEach(GatewayConnection::shutdown);
    join(List.copyOf(connections.values()), timeout);
    // Clients that did not answer the close frame in time are cut off.
    connections.keySet().forEach(GatewayConnection::closeSocket);
    join(List.copyOf(connections.values()), timeout);
    if (!connections.isEmpty()) {
      LOG.warn("{} gateway connection threads did not stop", connections.size());
    }
  }

  /** Closes with a five-second grace period for clients. */
  @Override
  public void close() {
    close(Duration.ofSeconds(5));
  }

  private static void join(List<Thread> threads, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    for (Thread thread : threads) {
      long remaining = deadline - System.nanoTime();
      if (remaining <= 0 || !thread.isAlive()) {
        continue;
      }
      try {
        thread.join(Duration.ofNanos(remaining));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
