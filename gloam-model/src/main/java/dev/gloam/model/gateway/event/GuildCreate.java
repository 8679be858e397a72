package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.guild.Guild;
import dev.gloam.model.guild.UnavailableGuild;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;

/**
 * A guild became available: lazily after {@code READY}, after an outage, or when the bot joins it;
 * or a guild the bot is in is unavailable. Maps Discord's "Guild Create" event
 * (events/gateway-events).
 *
 * <pre>{@code
 * switch (guildCreate) {
 *   case GuildCreate.Available a -> System.out.println("in " + a.guild().name());
 *   case GuildCreate.Unavailable u -> System.out.println(u.id() + " is unavailable");
 * }
 * }</pre>
 */
public sealed interface GuildCreate extends Event {
  /**
   * Returns the guild's id.
   *
   * @return the id
   */
  Id<GuildMarker> id();

  @Override
  default EventType kind() {
    return EventType.GUILD_CREATE;
  }

  /**
   * A guild with its full data.
   *
   * @param guild the guild, with the {@code GUILD_CREATE}-only fields set
   */
  record Available(@JsonValue Guild guild) implements GuildCreate {
    /**
     * Wraps the guild object Discord sends as {@code d}.
     *
     * @param guild the guild
     * @return the event
     */
    @JsonCreator
    public static Available of(Guild guild) {
      return new Available(guild);
    }

    @Override
    public Id<GuildMarker> id() {
      return guild.id();
    }
  }

  /**
   * A guild that is unavailable, because of an outage.
   *
   * @param guild the guild's id and its {@code unavailable} flag
   */
  record Unavailable(@JsonValue UnavailableGuild guild) implements GuildCreate {
    /**
     * Wraps the unavailable guild object Discord sends as {@code d}.
     *
     * @param guild the unavailable guild
     * @return the event
     */
    @JsonCreator
    public static Unavailable of(UnavailableGuild guild) {
      return new Unavailable(guild);
    }

    @Override
    public Id<GuildMarker> id() {
      return guild.id();
    }
  }
}
