package dev.gloam.model.webhook;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.value.ImageHash;
import java.util.Optional;

/**
 * The guild of the channel a channel follower webhook follows. Maps the partial guild of the {@code
 * source_guild} field of Discord's "Webhook Object" (resources/webhook).
 *
 * @param id the guild's id
 * @param name the guild's name
 * @param icon the guild's icon hash ({@code null} if none)
 */
public record WebhookSourceGuild(Id<GuildMarker> id, String name, Optional<ImageHash> icon) {}
