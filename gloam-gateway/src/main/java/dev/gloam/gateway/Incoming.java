package dev.gloam.gateway;

import dev.gloam.model.gateway.event.Event;
import dev.gloam.model.json.GatewayEventParser;
import dev.gloam.model.json.PayloadHeader;
import java.util.Optional;

/** What a shard's connections hand to its puller, in the order it happened. */
sealed interface Incoming {
  /**
   * A payload, with its envelope already read. Its {@code d} is deserialized at most once, by
   * whichever thread asks first: the puller, or the connection's reader when the puller is behind
   * (see {@link Shard#parseAhead}), so that both cores share the parsing of a busy stream.
   */
  final class Payload implements Incoming {
    private final byte[] bytes;
    private final PayloadHeader header;
    private final long epoch;
    private boolean claimed;
    private Event event;
    private RuntimeException failure;

    /**
     * Creates a payload.
     *
     * @param bytes the payload's JSON, UTF-8
     * @param header its envelope
     * @param parsed the event, if the connection already had to parse it (HELLO), else null
     * @param epoch the session it belongs to, counted by the shard
     */
    Payload(byte[] bytes, PayloadHeader header, Event parsed, long epoch) {
      this.bytes = bytes;
      this.header = header;
      this.epoch = epoch;
      if (parsed != null) {
        claimed = true;
        event = parsed;
      }
    }

    byte[] bytes() {
      return bytes;
    }

    PayloadHeader header() {
      return header;
    }

    long epoch() {
      return epoch;
    }

    /**
     * Returns the event, deserializing it unless that was done; waits if another thread is doing it
     * right now.
     *
     * @return the event, or empty for a type gloam has no model for
     * @throws dev.gloam.model.json.ModelJsonException if {@code d} has an unexpected shape
     */
    synchronized Optional<Event> event() {
      parseOnce();
      if (failure != null) {
        throw failure;
      }
      return Optional.ofNullable(event);
    }

    /** Deserializes ahead of the puller, unless someone did; a failure waits for the puller. */
    synchronized void parseAhead() {
      parseOnce();
    }

    private void parseOnce() {
      if (claimed) {
        return;
      }
      claimed = true;
      try {
        event = GatewayEventParser.event(bytes, header).orElse(null);
      } catch (RuntimeException e) {
        failure = e;
      }
    }
  }

  /**
   * Something went wrong at this point of the stream: a payload that could not be read, a gap in
   * the sequence, a lost connection, or the shard's fatal end.
   *
   * @param error what happened; fatal ones end the stream
   */
  record Notice(GatewayException error) implements Incoming {}
}
