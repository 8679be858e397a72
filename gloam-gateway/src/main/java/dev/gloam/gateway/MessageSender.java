package dev.gloam.gateway;

import dev.gloam.model.gateway.OpCode;
import dev.gloam.model.gateway.ShardId;
import dev.gloam.model.gateway.command.GatewayCommand;
import dev.gloam.model.gateway.command.Heartbeat;
import dev.gloam.model.gateway.command.Identify;
import dev.gloam.model.gateway.command.Resume;
import dev.gloam.model.json.ModelJson;
import java.util.Objects;

/**
 * Sends gateway commands on a shard's connection from any thread (events/gateway-events, "Send
 * Events"): Request Guild Members, Request Soundboard Sounds, Update Presence, Update Voice State,
 * or raw JSON. Every send waits for room under the connection's send limit, which keeps a reserve
 * for heartbeats, so no burst of commands can get the connection closed with 4008. A command sent
 * while the shard reconnects waits for the new connection.
 *
 * <pre>{@code
 * MessageSender sender = shard.sender();
 * Thread.startVirtualThread(() ->
 *     sender.command(RequestGuildMembers.byQuery(guildId, "", 0)));
 * }</pre>
 */
public final class MessageSender {
  private final Shard shard;

  MessageSender(Shard shard) {
    this.shard = shard;
  }

  /**
   * Returns the shard this sender sends on.
   *
   * @return its id
   */
  public ShardId shardId() {
    return shard.id();
  }

  /**
   * Sends a command once the shard is active and the send limit has room, blocking until then.
   *
   * @param command the command; heartbeats, IDENTIFY and RESUME are the shard's own business
   * @throws IllegalArgumentException for a heartbeat, IDENTIFY or RESUME
   * @throws GatewayException of a fatal kind if the shard ended first, or of kind {@link
   *     GatewayException.Kind#INTERRUPTED} if the waiting thread was interrupted
   */
  public void command(GatewayCommand command) {
    Objects.requireNonNull(command, "command");
    if (command instanceof Heartbeat || command instanceof Identify || command instanceof Resume) {
      throw new IllegalArgumentException(
          "the shard sends " + command.opcode() + " itself; send only program commands");
    }
    send(ModelJson.writeCommand(command), command.opcode());
  }

  /**
   * Sends a raw JSON payload as it is, for a command gloam has no model for yet. It counts against
   * the send limit like any command.
   *
   * @param json a gateway payload, a JSON object with {@code op} and {@code d}
   * @throws IllegalArgumentException if it is not a JSON object
   * @throws GatewayException as {@link #command} does
   */
  public void send(String json) {
    Objects.requireNonNull(json, "json");
    String trimmed = json.strip();
    if (!trimmed.startsWith("{") || !trimmed.endsWith("}")) {
      throw new IllegalArgumentException("a gateway payload is a JSON object");
    }
    send(trimmed, null);
  }

  private void send(String json, OpCode op) {
    try {
      while (true) {
        Connection connection = shard.awaitActive();
        if (connection.sendCommand(json, op)) {
          return;
        }
        // The connection ended before the command went out: send it on the next one.
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GatewayException(
          GatewayException.Kind.INTERRUPTED,
          false,
          null,
          "shard " + shard.id() + ": interrupted while waiting to send a command",
          e);
    }
  }

  /**
   * Closes the shard with a close code, as {@link Shard#close(int)} does; a code other than 1000
   * and 1001 keeps the session resumable.
   *
   * @param code a WebSocket close code: 1000, 1001, or 3000 to 4999
   */
  public void close(int code) {
    shard.close(code);
  }

  @Override
  public String toString() {
    return "MessageSender[" + shard.id() + "]";
  }
}
