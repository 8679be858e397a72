package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.gateway.OpCode;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.json.ModelJson;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A gateway command was sent too often and was dropped. Maps Discord's "Rate Limited" event
 * (events/gateway-events).
 *
 * <p>The shape of {@code meta} depends on {@code opcode}; it is kept as sent, and {@link
 * #requestGuildMembers()} reads the one shape Discord documents today.
 *
 * @param opcode the opcode of the dropped command
 * @param retryAfter seconds to wait before sending it again
 * @param meta details of the dropped command, whose shape depends on {@code opcode}
 */
public record RateLimited(OpCode opcode, double retryAfter, JsonNode meta) implements Event {
  /**
   * Details of a dropped {@code REQUEST_GUILD_MEMBERS}. Maps Discord's "Request Guild Member Rate
   * Limit Metadata Structure".
   *
   * @param guildId the guild whose members were requested
   * @param nonce the request's nonce, if it had one
   */
  public record RequestGuildMembersMeta(
      Id<GuildMarker> guildId, @JsonInclude(Include.NON_ABSENT) Optional<String> nonce) {}

  /**
   * Reads {@code meta} for a dropped member request.
   *
   * @return the details, or empty if the dropped command was something else
   */
  public Optional<RequestGuildMembersMeta> requestGuildMembers() {
    if (!opcode.equals(OpCode.REQUEST_GUILD_MEMBERS)) {
      return Optional.empty();
    }
    return Optional.of(ModelJson.read(meta, RequestGuildMembersMeta.class));
  }

  @Override
  public EventType kind() {
    return EventType.RATE_LIMITED;
  }
}
