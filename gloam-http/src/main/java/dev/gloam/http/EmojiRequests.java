package dev.gloam.http;

import dev.gloam.http.request.DataUri;
import dev.gloam.http.request.emoji.CreateApplicationEmoji;
import dev.gloam.http.request.emoji.CreateGuildEmoji;
import dev.gloam.http.request.emoji.DeleteApplicationEmoji;
import dev.gloam.http.request.emoji.DeleteGuildEmoji;
import dev.gloam.http.request.emoji.GetApplicationEmoji;
import dev.gloam.http.request.emoji.GetApplicationEmojis;
import dev.gloam.http.request.emoji.GetGuildEmoji;
import dev.gloam.http.request.emoji.GetGuildEmojis;
import dev.gloam.http.request.emoji.UpdateApplicationEmoji;
import dev.gloam.http.request.emoji.UpdateGuildEmoji;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import dev.gloam.model.id.marker.EmojiMarker;
import dev.gloam.model.id.marker.GuildMarker;

/**
 * Emojis of a guild and of the application (resources/emoji).
 *
 * <p>{@link Client} has these requests; they are grouped here by resource to keep each file small.
 * The routes:
 *
 * <ul>
 *   <li>{@code GET /applications/{application_id}/emojis}
 *   <li>{@code POST /applications/{application_id}/emojis}
 *   <li>{@code DELETE /applications/{application_id}/emojis/{emoji_id}}
 *   <li>{@code GET /applications/{application_id}/emojis/{emoji_id}}
 *   <li>{@code PATCH /applications/{application_id}/emojis/{emoji_id}}
 *   <li>{@code GET /guilds/{guild_id}/emojis}
 *   <li>{@code POST /guilds/{guild_id}/emojis}
 *   <li>{@code DELETE /guilds/{guild_id}/emojis/{emoji_id}}
 *   <li>{@code GET /guilds/{guild_id}/emojis/{emoji_id}}
 *   <li>{@code PATCH /guilds/{guild_id}/emojis/{emoji_id}}
 * </ul>
 */
public sealed interface EmojiRequests permits Client {
  /**
   * Returns the transport the requests are sent through.
   *
   * @return the client's transport
   */
  Transport transport();

  /**
   * Gets the custom emojis of a guild. Maps "List Guild Emojis" ({@code GET
   * /guilds/{guild.id}/emojis}, resources/emoji).
   *
   * @param guildId the guild
   * @return the request, to fill in and send
   */
  default GetGuildEmojis guildEmojis(Id<GuildMarker> guildId) {
    return new GetGuildEmojis(transport(), guildId);
  }

  /**
   * Gets one custom emoji of a guild. Maps "Get Guild Emoji" ({@code GET
   * /guilds/{guild.id}/emojis/{emoji.id}}, resources/emoji).
   *
   * @param guildId the guild
   * @param emojiId the emoji
   * @return the request, to fill in and send
   */
  default GetGuildEmoji guildEmoji(Id<GuildMarker> guildId, Id<EmojiMarker> emojiId) {
    return new GetGuildEmoji(transport(), guildId, emojiId);
  }

  /**
   * Uploads a custom emoji to a guild. Maps "Create Guild Emoji" ({@code POST
   * /guilds/{guild.id}/emojis}, resources/emoji).
   *
   * @param guildId the guild
   * @param name the name, 2 to 32 letters, digits or underscores
   * @param image the image, at most 256 KiB
   * @return the request, to fill in and send
   */
  default CreateGuildEmoji createGuildEmoji(Id<GuildMarker> guildId, String name, DataUri image) {
    return new CreateGuildEmoji(transport(), guildId, name, image);
  }

  /**
   * Renames a guild emoji or changes the roles that may use it. Maps "Modify Guild Emoji" ({@code
   * PATCH /guilds/{guild.id}/emojis/{emoji.id}}, resources/emoji).
   *
   * @param guildId the guild
   * @param emojiId the emoji
   * @return the request, to fill in and send
   */
  default UpdateGuildEmoji updateGuildEmoji(Id<GuildMarker> guildId, Id<EmojiMarker> emojiId) {
    return new UpdateGuildEmoji(transport(), guildId, emojiId);
  }

  /**
   * Deletes a custom emoji of a guild. Maps "Delete Guild Emoji" ({@code DELETE
   * /guilds/{guild.id}/emojis/{emoji.id}}, resources/emoji).
   *
   * @param guildId the guild
   * @param emojiId the emoji
   * @return the request, to fill in and send
   */
  default DeleteGuildEmoji deleteGuildEmoji(Id<GuildMarker> guildId, Id<EmojiMarker> emojiId) {
    return new DeleteGuildEmoji(transport(), guildId, emojiId);
  }

  /**
   * Gets the emojis the application owns, which it may use in any guild. Maps "List Application
   * Emojis" ({@code GET /applications/{application.id}/emojis}, resources/emoji).
   *
   * @param applicationId the application
   * @return the request, to fill in and send
   */
  default GetApplicationEmojis applicationEmojis(Id<ApplicationMarker> applicationId) {
    return new GetApplicationEmojis(transport(), applicationId);
  }

  /**
   * Gets one emoji the application owns. Maps "Get Application Emoji" ({@code GET
   * /applications/{application.id}/emojis/{emoji.id}}, resources/emoji).
   *
   * @param applicationId the application
   * @param emojiId the emoji
   * @return the request, to fill in and send
   */
  default GetApplicationEmoji applicationEmoji(
      Id<ApplicationMarker> applicationId, Id<EmojiMarker> emojiId) {
    return new GetApplicationEmoji(transport(), applicationId, emojiId);
  }

  /**
   * Uploads an emoji that the application owns. Maps "Create Application Emoji" ({@code POST
   * /applications/{application.id}/emojis}, resources/emoji).
   *
   * @param applicationId the application
   * @param name the name, 2 to 32 letters, digits or underscores
   * @param image the image, at most 256 KiB
   * @return the request, to fill in and send
   */
  default CreateApplicationEmoji createApplicationEmoji(
      Id<ApplicationMarker> applicationId, String name, DataUri image) {
    return new CreateApplicationEmoji(transport(), applicationId, name, image);
  }

  /**
   * Renames an emoji the application owns. Maps "Modify Application Emoji" ({@code PATCH
   * /applications/{application.id}/emojis/{emoji.id}}, resources/emoji).
   *
   * @param applicationId the application
   * @param emojiId the emoji
   * @return the request, to fill in and send
   */
  default UpdateApplicationEmoji updateApplicationEmoji(
      Id<ApplicationMarker> applicationId, Id<EmojiMarker> emojiId) {
    return new UpdateApplicationEmoji(transport(), applicationId, emojiId);
  }

  /**
   * Deletes an emoji the application owns. Maps "Delete Application Emoji" ({@code DELETE
   * /applications/{application.id}/emojis/{emoji.id}}, resources/emoji).
   *
   * @param applicationId the application
   * @param emojiId the emoji
   * @return the request, to fill in and send
   */
  default DeleteApplicationEmoji deleteApplicationEmoji(
      Id<ApplicationMarker> applicationId, Id<EmojiMarker> emojiId) {
    return new DeleteApplicationEmoji(transport(), applicationId, emojiId);
  }
}
