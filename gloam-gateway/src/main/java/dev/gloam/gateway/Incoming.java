package dev.gloam.gateway;

import dev.gloam.model.gateway.event.Event;
import dev.gloam.model.json.PayloadHeader;

/** What a connection hands to its shard's puller, in the order it happened. */
sealed interface Incoming {
  /**
   * A payload, with its envelope already read.
   *
   * @param text the payload's JSON
   * @param header its envelope
   * @param parsed the event, if the connection already had to parse it (READY), else null
   */
  record Payload(String text, PayloadHeader header, Event parsed) implements Incoming {}

  /**
   * A payload that could not be read; the connection goes on.
   *
   * @param error why it could not be read
   */
  record Malformed(RuntimeException error) implements Incoming {}

  /**
   * The connection ended; nothing follows.
   *
   * @param code the WebSocket close code, or -1 if the connection failed without one
   * @param reason a description without secrets
   * @param error the failure, if the connection broke rather than closed
   */
  record Closed(int code, String reason, Throwable error) implements Incoming {}
}
