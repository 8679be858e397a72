package dev.gloam.testkit.internal.gateway;

import dev.gloam.testkit.WireEvent;
import dev.gloam.testkit.WireEvent.Direction;
import dev.gloam.testkit.WireEvent.Transport;
import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.websocket.Opcodes;
import dev.gloam.testkit.internal.websocket.WebSocketConnection;
import dev.gloam.testkit.internal.wire.WireLog;
import dev.gloam.testkit.internal.world.World;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sending half of a gateway connection: payloads are numbered and recorded in the order they
 * are queued, and one writer thread puts them on the wire in that order. Queuing never blocks, so a
 * slow client cannot hold up whoever creates an event, and wire listeners run on the writer thread
 * with no lock held. The writer takes everything that is waiting at once and writes it as frames
 * end to end, with one socket write and flush per batch, which is what lets one connection carry a
 * load run of hundreds of thousands of events per second.
 *
 * <p>A prepared load run can hold the outbox ({@link #hold()}): the writer goes on taking and
 * compressing everything queued into its frame buffer, in order, but writes nothing until the run
 * releases it ({@link #release()}), then writes all it holds at once, as fast as the socket takes
 * it. An action (the close frame, for example) or a stop writes what is held first, so a hold never
 * reorders or loses anything; it only delays.
 */
final class GatewayOutbox {

  private static final Logger LOG = LoggerFactory.getLogger(GatewayOutbox.class);

  // A batch is written once it holds this much, so the first frames do not wait for the last.
  private static final int FLUSH_BYTES = 64 * 1024;
  private static final int MAX_BATCH_ITEMS = 256;

  private sealed interface Item {}

  private record Frame(String text, WireEvent event) implements Item {}

  /** Bytes sent as one binary message as they are, past the compressor: a fault. */
  private record RawBinary(byte[] data, WireEvent event) implements Item {}

  /** Dispatches of a load run, numbered and finished; not in the wire log one by one. */
  private record Prepared(byte[][] payloads) implements Item {}

  private record Action(Runnable action) implements Item {}

  /** Starts holding: frames gather in the buffer and are not written. */
  private record Hold() implements Item {}

  /** Ends one hold and writes what was held. */
  private record Release() implements Item {}

  /** Completes once the writer has compressed everything queued before it (held or not). */
  private record Mark(CompletableFuture<Void> reached) implements Item {}

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
  private final FrameBuffer frames = new FrameBuffer();
  private final List<WireEvent> writtenEvents = new ArrayList<>();
  private final List<Item> batch = new ArrayList<>();
  // Prepared dispatches queued and not yet written, for the load mode's back pressure.
  private final AtomicLong pendingPrepared = new AtomicLong();
  private final ReentrantLock roomLock = new ReentrantLock();
  private final Condition roomMade = roomLock.newCondition();
  private volatile boolean writerEnded;
  // Holds not yet released; written by the writer thread only.
  private int holds;

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

  /**
   * Queues dispatches that are already numbered and serialized (load events). They are not put in
   * the wire log one by one: the load run records one summary instead.
   */
  boolean sendPrepared(byte[][] payloads) {
    lock.lock();
    try {
      if (!accepting) {
        return false;
      }
      pendingPrepared.addAndGet(payloads.length);
      queue.add(new Prepared(payloads));
      return true;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Waits until at most {@code maxPending} prepared dispatches wait to be written or the writer has
   * ended, for at most the timeout.
   *
   * @return true if there is room (or nothing will ever be written again), false on timeout
   */
  boolean awaitRoom(long maxPending, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    roomLock.lock();
    try {
      while (pendingPrepared.get() > maxPending && !writerEnded) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
          return false;
        }
        roomMade.awaitNanos(remaining);
      }
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } finally {
      roomLock.unlock();
    }
  }

  /**
   * Holds the output: everything queued after this call is compressed into the frame buffer but not
   * written until a matching {@link #release()}. Holds nest.
   *
   * @return false if the connection is closing (nothing is held)
   */
  boolean hold() {
    lock.lock();
    try {
      if (!accepting) {
        return false;
      }
      queue.add(new Hold());
      return true;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Completes once the writer has taken and compressed everything queued before this call, or has
   * ended; what it compressed may still be held.
   *
   * @return the future
   */
  CompletableFuture<Void> mark() {
    lock.lock();
    try {
      if (writerEnded) {
        return CompletableFuture.completedFuture(null);
      }
      CompletableFuture<Void> reached = new CompletableFuture<>();
      queue.add(new Mark(reached));
      return reached;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Ends one {@link #hold()}: once no hold remains, the writer writes everything it holds at once.
   * Queued even when the connection is closing, behind whatever is queued.
   */
  void release() {
    lock.lock();
    try {
      queue.add(new Release());
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
        batch.add(queue.take());
        queue.drainTo(batch, MAX_BATCH_ITEMS - 1);
        boolean going = writeBatch();
        batch.clear();
        if (!going) {
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      writerEnded = true;
      completeMarks();
      signalRoom();
      closeWritten.complete(null);
      if (compressor != null) {
        compressor.close();
      }
    }
  }

  /** Writes one batch in order; false once the writer must end. */
  private boolean writeBatch() {
    long prepared = 0;
    try {
      for (Item item : batch) {
        switch (item) {
          case Stop stop -> {
            writeOut();
            return false;
          }
          case Action action -> {
            // Whatever came before the action must be on the wire when it runs, held or not.
            if (!writeOut()) {
              return false;
            }
            action.action().run();
          }
          case Hold hold -> holds++;
          case Release release -> {
            if (holds > 0) {
              holds--;
            }
            if (holds == 0) {
              boolean written = writeOut();
              frames.trim();
              if (!written) {
                return false;
              }
            }
          }
          case Mark mark -> mark.reached().complete(null);
          case Frame frame -> {
            append(frame.text().getBytes(StandardCharsets.UTF_8));
            writtenEvents.add(frame.event());
          }
          case RawBinary raw -> {
            frames.append(Opcodes.BINARY, raw.data(), raw.data().length);
            writtenEvents.add(raw.event());
          }
          case Prepared batchOfPrepared -> {
            for (byte[] payload : batchOfPrepared.payloads()) {
              append(payload);
            }
            prepared += batchOfPrepared.payloads().length;
          }
        }
        if (frames.size() >= FLUSH_BYTES && !flush()) {
          return false;
        }
      }
      return flush();
    } finally {
      if (prepared > 0) {
        pendingPrepared.addAndGet(-prepared);
        signalRoom();
      }
    }
  }

  private void append(byte[] payload) {
    if (compressor == null) {
      frames.append(Opcodes.TEXT, payload, payload.length);
    } else {
      int length = compressor.compress(payload);
      frames.append(Opcodes.BINARY, compressor.output(), length);
    }
  }

  /**
   * Writes the frames gathered so far unless the output is held; false once the writer must end.
   */
  private boolean flush() {
    return holds > 0 || writeOut();
  }

  /** Writes the frames gathered so far, then tells the wire listeners about them. */
  private boolean writeOut() {
    if (frames.size() > 0) {
      try {
        webSocket.sendEncodedFrames(frames.bytes(), frames.size());
      } catch (IOException e) {
        frames.clear();
        writtenEvents.clear();
        if (!webSocket.isCloseSent()) {
          // The client is gone; cutting the socket also ends the reading thread.
          LOG.debug("gateway write failed: {}", e.toString());
          webSocket.closeSocket();
        }
        return false;
      }
      frames.clear();
    }
    for (WireEvent event : writtenEvents) {
      wireLog.notifyListeners(event);
    }
    writtenEvents.clear();
    return true;
  }

  /** Completes the marks the ended writer will never reach, so no one waits on them for ever. */
  private void completeMarks() {
    lock.lock();
    try {
      batch.forEach(GatewayOutbox::complete);
      queue.forEach(GatewayOutbox::complete);
    } finally {
      lock.unlock();
    }
  }

  private static void complete(Item item) {
    if (item instanceof Mark mark) {
      mark.reached().complete(null);
    }
  }

  private void signalRoom() {
    roomLock.lock();
    try {
      roomMade.signalAll();
    } finally {
      roomLock.unlock();
    }
  }
}
