package dev.gloam.testkit.internal.gateway;

import dev.gloam.testkit.WireEvent;
import dev.gloam.testkit.WireEvent.Direction;
import dev.gloam.testkit.WireEvent.Transport;
import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.websocket.WebSocketConnection;
import dev.gloam.testkit.internal.wire.WireLog;
import dev.gloam.testkit.internal.world.World;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sending half of a gateway connection: payloads are numbered and recorded in the order they
 * are queued, and one writer thread puts them on the wire in that order. Queuing never blocks, so a
 * slow client cannot hold up whoever creates an event, and wire listeners run on the writer thread
 * with no lock held.
 */
final class GatewayOutbox {

  private static final Logger LOG = LoggerFactory.getLogger(GatewayOutbox.class);

  private sealed interface Item {}

  private record Frame(String text, WireEvent event) implements Item {}

  /** Bytes sent as one binary message as they are, past the compressor: a fault. */
  private record RawBinary(byte[] data, WireEvent event) implements Item {}

  private record Action(Runnable action) implements Item {}

  private record Stop() implements Item {}

  private final WebSocketConnection webSocket;
  private final TransportCompressor compressor;
  private final WireLog wireLog;
  private final World world;
  private final BlockingQueue<Item> queue = new LinkedBlockingQueue<>();
  // Guards the order in which payloads are logged and queued.
  private final ReentrantLock lock = new ReentrantLock();
  private final Thread writer;
  private final CompletableFuture<Void> closeWritten = new CompletableFuture<>();
  private boolean accepting = true;

  GatewayOutbox(
      WebSocketConnection webSocket,
      TransportCompressor compressor,
      WireLog wireLog,
      World world,
      String writerName) {
    this.webSocket = webSocket;
    this.compressor = compressor;
    this.wireLog = wireLog;
    this.world = world;
    this.writer = Thread.ofVirtual().name(writerName).unstarted(this::writeLoop);
  }

  void start() {
    writer.start();
  }

  /**
   * Queues a payload; dispatches come already numbered by their session. False if the connection is
   * closing.
   */
  boolean send(ObjectNode payload) {
    lock.lock();
    try {
      if (!accepting) {
        return false;
      }
      String text = Json.write(payload);
      // Logged when queued, under the lock, so the log has every connection's frames in order.
      WireEvent event =
          wireLog.append(
              Transport.GATEWAY,
              Direction.FROM_DISCORD,
              GatewaySummaries.outgoing(payload, world),
              text);
      queue.add(new Frame(text, event));
      return true;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Queues text that is sent like a payload (compressed if the connection compresses) although it
   * need not be JSON: the malformed-JSON fault.
   */
  boolean sendRawText(String text, String summary) {
    lock.lock();
    try {
      if (!accepting) {
        return false;
      }
      WireEvent event = wireLog.append(Transport.GATEWAY, Direction.FROM_DISCORD, summary, text);
      queue.add(new Frame(text, event));
      return true;
    } finally {
      lock.unlock();
    }
  }

  /** Queues bytes sent as one binary message past the compressor: the corrupt-frame fault. */
  boolean sendRawBinary(byte[] data, String summary) {
    lock.lock();
    try {
      if (!accepting) {
        return false;
      }
      WireEvent event =
          wireLog.append(
              Transport.GATEWAY,
              Direction.FROM_DISCORD,
              summary,
              java.util.HexFormat.of().formatHex(data));
      queue.add(new RawBinary(data.clone(), event));
      return true;
    } finally {
      lock.unlock();
    }
  }

  /** Runs an action on the writer thread once everything queued before it has been written. */
  void afterQueued(Runnable action) {
    lock.lock();
    try {
      if (accepting) {
        queue.add(new Action(action));
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * Queues a close frame behind the pending payloads and refuses anything queued after it.
   *
   * @return completes once the close frame is written or the writer has ended
   */
  CompletableFuture<Void> close(int code, String reason) {
    lock.lock();
    try {
      if (accepting) {
        accepting = false;
        queue.add(
            new Action(
                () -> {
                  webSocket.sendClose(code, reason);
                  closeWritten.complete(null);
                }));
      }
    } finally {
      lock.unlock();
    }
    return closeWritten;
  }

  /** Stops the writer after what is queued (if the socket still takes it) and waits for it. */
  void stop(Duration timeout) {
    lock.lock();
    try {
      accepting = false;
      queue.add(new Stop());
    } finally {
      lock.unlock();
    }
    try {
      if (writer.isAlive() && !writer.join(timeout)) {
        LOG.warn("gateway writer {} did not stop within {}", writer.getName(), timeout);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void writeLoop() {
    try {
      while (true) {
        Item item = queue.take();
        switch (item) {
          case Stop stop -> {
            return;
          }
          case Action action -> action.action().run();
          case Frame frame -> {
            if (!write(frame.text(), null)) {
              return;
            }
            wireLog.notifyListeners(frame.event());
          }
          case RawBinary raw -> {
            if (!write(null, raw.data())) {
              return;
            }
            wireLog.notifyListeners(raw.event());
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      closeWritten.complete(null);
      if (compressor != null) {
        compressor.close();
      }
    }
  }

  private boolean write(String text, byte[] raw) {
    try {
      if (raw != null) {
        webSocket.sendBinary(raw);
      } else if (compressor != null) {
        webSocket.sendBinary(compressor.compress(text));
      } else {
        webSocket.sendText(text);
      }
      return true;
    } catch (IOException e) {
      if (!webSocket.isCloseSent()) {
        // The client is gone; cutting the socket also ends the reading thread.
        LOG.debug("gateway write failed: {}", e.toString());
        webSocket.closeSocket();
      }
      return false;
    }
  }
}
