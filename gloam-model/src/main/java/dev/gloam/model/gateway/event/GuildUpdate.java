package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.guild.Guild;

/**
 * A guild was updated. Maps Discord's "Guild Update" event (events/gateway-events), whose {@code d}
 * is the object itself.
 *
 * @param guild the guild as it is now, without the {@code GUILD_CREATE}-only fields
 */
public record GuildUpdate(@JsonValue Guild guild) implements Event {
  /**
   * Wraps the object Discord sends as {@code d}.
   *
   * @param guild the guild as it is now, without the {@code GUILD_CREATE}-only fields
   * @return the event
   */
  @JsonCreator
  public static GuildUpdate of(Guild guild) {
    return new GuildUpdate(guild);
  }

  @Override
  public EventType kind() {
    return EventType.GUILD_UPDATE;
  }
}
