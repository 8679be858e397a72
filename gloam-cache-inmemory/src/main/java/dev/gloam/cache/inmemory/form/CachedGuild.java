package dev.gloam.cache.inmemory.form;

import dev.gloam.model.guild.Guild;
import dev.gloam.model.guild.GuildFeature;
import dev.gloam.model.guild.PremiumTier;
import dev.gloam.model.guild.VerificationLevel;
import dev.gloam.model.locale.DiscordLocale;
import dev.gloam.model.value.ImageHash;
import java.util.List;

/**
 * A guild as the cache keeps it: its own settings, without the members, channels, roles and other
 * resources the cache keeps apart (Discord: resources/guild "Guild Object").
 *
 * <p>The cache reads only {@link #id()} and {@link #ownerId()} (the owner has every permission); a
 * program's own form may keep anything else.
 */
public interface CachedGuild {

  /**
   * Returns the guild's id.
   *
   * @return the id
   */
  long id();

  /**
   * Returns the id of the guild's owner.
   *
   * @return the owner's user id
   */
  long ownerId();

  /**
   * The standard form: the fields a bot commonly reads.
   *
   * @param id the guild's id
   * @param name the name
   * @param icon the icon hash, or null
   * @param ownerId the owner's user id
   * @param afkChannelId the AFK voice channel, or 0
   * @param systemChannelId the system message channel, or 0
   * @param rulesChannelId the rules channel, or 0
   * @param verificationLevel the verification level
   * @param premiumTier the boost tier
   * @param preferredLocale the preferred locale
   * @param features the enabled guild features
   * @param memberCount the member count Discord sent in GUILD_CREATE, or -1
   * @param large whether Discord called the guild large
   * @param joinedAtMillis when the bot joined, in epoch milliseconds, or 0
   */
  record Standard(
      long id,
      String name,
      ImageHash icon,
      long ownerId,
      long afkChannelId,
      long systemChannelId,
      long rulesChannelId,
      VerificationLevel verificationLevel,
      PremiumTier premiumTier,
      DiscordLocale preferredLocale,
      List<GuildFeature> features,
      int memberCount,
      boolean large,
      long joinedAtMillis)
      implements CachedGuild {

    /**
     * Keeps a guild's standard fields. A GUILD_UPDATE carries no member count, so the previous
     * form's count is kept.
     *
     * @param guild the guild from GUILD_CREATE or GUILD_UPDATE
     * @param previous the form cached before, or null
     * @return the cached form
     */
    public static Standard of(Guild guild, CachedGuild previous) {
      int memberCount =
          guild
              .memberCount()
              .orElse(previous instanceof Standard standard ? standard.memberCount() : -1);
      boolean large =
          guild.large().orElse(previous instanceof Standard standard && standard.large());
      long joinedAt =
          guild
              .joinedAt()
              .map(java.time.Instant::toEpochMilli)
              .orElse(previous instanceof Standard standard ? standard.joinedAtMillis() : 0L);
      return new Standard(
          guild.id().value(),
          Strings.share(guild.name()),
          guild.icon().orElse(null),
          guild.ownerId().value(),
          Ids.orZero(guild.afkChannelId()),
          Ids.orZero(guild.systemChannelId()),
          Ids.orZero(guild.rulesChannelId()),
          guild.verificationLevel(),
          guild.premiumTier(),
          guild.preferredLocale(),
          List.copyOf(guild.features()),
          memberCount,
          large,
          joinedAt);
    }
  }
}
