package dev.gloam.model.guild.template;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.guild.DefaultMessageNotificationLevel;
import dev.gloam.model.guild.ExplicitContentFilterLevel;
import dev.gloam.model.guild.SystemChannelFlags;
import dev.gloam.model.guild.VerificationLevel;
import dev.gloam.model.locale.DiscordLocale;
import dev.gloam.model.value.ImageHash;
import java.util.List;
import java.util.Optional;

/**
 * The snapshot of a guild held by a template: a partial guild. Maps the {@code
 * serialized_source_guild} of Discord's "Guild Template Object" (resources/guild-template) and the
 * {@code GuildTemplateSnapshotResponse} schema of its OpenAPI description.
 *
 * <p>The snapshot does not use snowflakes: its roles and channels have small integer placeholder
 * ids ({@code 0} for {@code @everyone}), and references between them use those placeholders.
 *
 * @param name the guild's name
 * @param description the guild's description, if any
 * @param region the voice region id, if any (deprecated)
 * @param verificationLevel the verification level members must meet
 * @param defaultMessageNotifications the default notification level
 * @param explicitContentFilter the explicit content filter level
 * @param preferredLocale the preferred locale
 * @param afkChannelId the placeholder id of the AFK channel, if any
 * @param afkTimeout seconds of inactivity before a member is moved to the AFK channel
 * @param systemChannelId the placeholder id of the system channel, if any
 * @param systemChannelFlags which notices the system channel leaves out
 * @param roles the guild's roles
 * @param channels the guild's channels
 * @param iconHash the guild's icon hash (absent or {@code null} when not sent)
 */
public record TemplateGuild(
    String name,
    Optional<String> description,
    Optional<String> region,
    VerificationLevel verificationLevel,
    DefaultMessageNotificationLevel defaultMessageNotifications,
    ExplicitContentFilterLevel explicitContentFilter,
    DiscordLocale preferredLocale,
    Optional<Long> afkChannelId,
    int afkTimeout,
    Optional<Long> systemChannelId,
    SystemChannelFlags systemChannelFlags,
    List<TemplateRole> roles,
    List<TemplateChannel> channels,
    @JsonInclude(Include.NON_ABSENT) Optional<ImageHash> iconHash) {}
