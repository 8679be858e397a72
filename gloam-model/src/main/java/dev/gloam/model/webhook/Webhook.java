package dev.gloam.model.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.WebhookMarker;
import dev.gloam.model.user.User;
import dev.gloam.model.value.ImageHash;
import java.util.Optional;

/**
 * A webhook: an incoming webhook, a channel follower's or an application's. Maps Discord's "Webhook
 * Object" (resources/webhook).
 *
 * <p>{@link #toString()} hides the token, which lets anyone post with the webhook.
 *
 * @param id the webhook's id
 * @param type the webhook's kind
 * @param guildId the guild the webhook belongs to, if any (may be absent or {@code null})
 * @param channelId the channel the webhook posts to, if any ({@code null} otherwise)
 * @param user the user who created the webhook; absent when the webhook is fetched with its token
 * @param name the default name ({@code null} if none)
 * @param avatar the default avatar hash ({@code null} if none)
 * @param token the secret token, for incoming webhooks
 * @param applicationId the application that created the webhook ({@code null} if none)
 * @param sourceGuild the guild of the followed channel, for channel follower webhooks; absent if
 *     the creator lost access to it
 * @param sourceChannel the followed channel, for channel follower webhooks; absent if the creator
 *     lost access to it
 * @param url the URL that executes the webhook, from the OAuth2 webhook flow
 */
public record Webhook(
    Id<WebhookMarker> id,
    WebhookType type,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<GuildMarker>> guildId,
    Optional<Id<ChannelMarker>> channelId,
    @JsonInclude(Include.NON_ABSENT) Optional<User> user,
    Optional<String> name,
    Optional<ImageHash> avatar,
    @JsonInclude(Include.NON_ABSENT) Optional<String> token,
    Optional<Id<ApplicationMarker>> applicationId,
    @JsonInclude(Include.NON_ABSENT) Optional<WebhookSourceGuild> sourceGuild,
    @JsonInclude(Include.NON_ABSENT) Optional<WebhookSourceChannel> sourceChannel,
    @JsonInclude(Include.NON_ABSENT) Optional<String> url) {

  /** Describes the webhook without its token or URL, which are secrets. */
  @Override
  public String toString() {
    return "Webhook[id="
        + id
        + ", type="
        + type
        + ", guildId="
        + guildId
        + ", channelId="
        + channelId
        + ", name="
        + name
        + ", applicationId="
        + applicationId
        + (token.isPresent() ? ", token=<hidden>" : "")
        + (url.isPresent() ? ", url=<hidden>" : "")
        + "]";
  }
}
