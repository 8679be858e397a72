package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.guild.UnavailableGuild;

/**
 * A guild became unavailable, or the bot left or was removed from it (then {@code unavailable} is
 * absent, read as false). Maps Discord's "Guild Delete" event (events/gateway-events), whose {@code
 * d} is the object itself.
 *
 * @param guild the guild's id and whether it is unavailable
 */
public record GuildDelete(@JsonValue UnavailableGuild guild) implements Event {
  /**
   * Wraps the object Discord sends as {@code d}.
   *
   * @param guild the guild's id and whether it is unavailable
   * @return the event
   */
  @JsonCreator
  public static GuildDelete of(UnavailableGuild guild) {
    return new GuildDelete(guild);
  }

  @Override
  public EventType kind() {
    return EventType.GUILD_DELETE;
  }
}
