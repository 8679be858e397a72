package dev.gloam.model.gateway.command;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.gateway.Intents;
import dev.gloam.model.gateway.OpCode;
import dev.gloam.model.gateway.ShardId;
import java.util.Objects;
import java.util.Optional;

/**
 * Starts a new gateway session. Maps Discord's "Identify" send event (events/gateway-events).
 *
 * <p>The token is never shown by {@link #toString()}.
 *
 * @param token the bot token, without the {@code Bot } prefix
 * @param properties what the client runs on
 * @param compress whether payloads should be compressed one by one (gloam uses transport
 *     compression instead)
 * @param largeThreshold members above which a guild counts as large, 50 to 250
 * @param shard which shard this session is
 * @param presence the presence to start with
 * @param intents the events to receive
 */
public record Identify(
    String token,
    IdentifyProperties properties,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> compress,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> largeThreshold,
    @JsonInclude(Include.NON_ABSENT) Optional<ShardId> shard,
    @JsonInclude(Include.NON_ABSENT) Optional<UpdatePresence> presence,
    Intents intents)
    implements GatewayCommand {

  /** Checks that the required fields are present. */
  public Identify {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(properties, "properties");
    Objects.requireNonNull(intents, "intents");
  }

  @Override
  public OpCode opcode() {
    return OpCode.IDENTIFY;
  }

  /** Describes the payload with the token redacted. */
  @Override
  public String toString() {
    return "Identify[token=<redacted>, properties="
        + properties
        + ", shard="
        + shard.map(ShardId::toString).orElse("none")
        + ", intents="
        + intents
        + "]";
  }
}
