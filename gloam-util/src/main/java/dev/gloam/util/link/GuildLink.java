package dev.gloam.util.link;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.util.link.LinkException.Kind;
import java.util.Objects;
import java.util.Optional;

/**
 * A link that opens a guild: {@code https://discord.com/channels/{guild_id}}. See {@link JumpLink}
 * for the accepted forms.
 *
 * <pre>{@code
 * GuildLink.parse("https://discord.com/channels/613425648685547541").guildId();
 * }</pre>
 *
 * @param guildId the guild
 */
public record GuildLink(Id<GuildMarker> guildId) implements JumpLink {
  /**
   * Checks the parts.
   *
   * @throws NullPointerException if the guild id is null
   */
  public GuildLink {
    Objects.requireNonNull(guildId, "guildId");
  }

  /**
   * Reads a guild link.
   *
   * @param url the link
   * @return the guild
   * @throws LinkException if the text is not a guild link (a channel or message link included)
   */
  public static GuildLink parse(String url) {
    if (JumpLink.parse(url) instanceof GuildLink link) {
      return link;
    }
    throw new LinkException(Kind.PATH, "a guild link's path is /channels/{guild_id}");
  }

  @Override
  public String toUrl() {
    return DiscordUrl.jumpLink(Optional.of(guildId)).toString();
  }
}
