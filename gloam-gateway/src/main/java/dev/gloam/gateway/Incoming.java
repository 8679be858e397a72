package dev.gloam.gateway;

import dev.gloam.model.gateway.event.Event;
import dev.gloam.model.json.PayloadHeader;

/** What a shard's connections hand to its puller, in the order it happened. */
sealed interface Incoming {
  /**
   * A payload, with its envelope already read.
   *
   * @param bytes the payload's JSON, UTF-8
   * @param header its envelope
   * @param parsed the event, if the connection already had to parse it (HELLO), else null
   * @param epoch the session it belongs to, counted by the shard
   */
  record Payload(byte[] bytes, PayloadHeader header, Event parsed, long epoch)
      implements Incoming {}

  /**
   * Something went wrong at this point of the stream: a payload that could not be read, a gap in
   * the sequence, a lost connection, or the shard's fatal end.
   *
   * @param error what happened; fatal ones end the stream
   */
  record Notice(GatewayException error) implements Incoming {}
}
