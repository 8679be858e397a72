package dev.gloam.http.request.guild;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.onboarding.GuildOnboarding;
import dev.gloam.model.guild.onboarding.OnboardingMode;
import dev.gloam.model.guild.onboarding.OnboardingPrompt;
import dev.gloam.model.guild.onboarding.OnboardingPromptOption;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.validate.guild.OnboardingChecks;
import java.util.List;

/**
 * Replaces the guild's onboarding: prompts, default channels, whether it is on and its mode. Maps
 * "Modify Guild Onboarding" ({@code PUT /guilds/{guild.id}/onboarding}, resources/guild). Obtained
 * from {@link dev.gloam.http.GuildRequests#updateGuildOnboarding}.
 *
 * <p>When onboarding is enabled Discord requires at least 7 default channels, 5 of which
 * {@code @everyone} may send messages in; gloam leaves that rule to Discord, as it depends on the
 * channels' permissions.
 *
 * <pre>{@code
 * client.updateGuildOnboarding(guildId)
 *     .defaultChannelIds(channelIds)
 *     .enabled(true)
 *     .mode(OnboardingMode.ONBOARDING_DEFAULT)
 *     .send();
 * }</pre>
 */
public final class UpdateGuildOnboarding extends Request<GuildOnboarding> {
  /**
   * Creates the request; use {@link dev.gloam.http.GuildRequests#updateGuildOnboarding} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   */
  public UpdateGuildOnboarding(Transport transport, Id<GuildMarker> guildId) {
    super(transport, Route.PUT_GUILDS_ONBOARDING, BodyReader.of(GuildOnboarding.class), guildId);
  }

  /**
   * Sets the prompts (up to 15) shown during onboarding and in Channels &amp; Roles. Each has a
   * title of 1 to 100 characters and 1 to 50 options; new prompts and options may carry any
   * snowflake as id.
   *
   * @param prompts the prompts
   * @return this request
   */
  public UpdateGuildOnboarding prompts(List<OnboardingPrompt> prompts) {
    List<OnboardingPrompt> copy = List.copyOf(prompts);
    json().set("prompts", copy);
    check(
        () -> {
          OnboardingChecks.prompts(copy);
          for (int p = 0; p < copy.size(); p++) {
            OnboardingPrompt prompt = copy.get(p);
            OnboardingChecks.prompt(p, prompt.title(), prompt.options());
            for (int o = 0; o < prompt.options().size(); o++) {
              OnboardingPromptOption option = prompt.options().get(o);
              OnboardingChecks.option(
                  p,
                  o,
                  option.title(),
                  option.description().orElse(null),
                  option.roleIds(),
                  option.channelIds());
            }
          }
        });
    return this;
  }

  /**
   * Sets the channels every new member is opted into (up to 500).
   *
   * @param channelIds the channels
   * @return this request
   */
  public UpdateGuildOnboarding defaultChannelIds(List<Id<ChannelMarker>> channelIds) {
    List<Id<ChannelMarker>> copy = List.copyOf(channelIds);
    json().set("default_channel_ids", copy);
    check(() -> OnboardingChecks.defaultChannelIds(copy));
    return this;
  }

  /**
   * Sets whether onboarding is on.
   *
   * @param enabled {@code true} to turn it on
   * @return this request
   */
  public UpdateGuildOnboarding enabled(boolean enabled) {
    json().set("enabled", enabled);
    return this;
  }

  /**
   * Sets which channels count towards Discord's rules for enabling onboarding.
   *
   * @param mode the mode
   * @return this request
   */
  public UpdateGuildOnboarding mode(OnboardingMode mode) {
    json().set("mode", mode);
    return this;
  }

  /**
   * Sets the reason shown in the guild's audit log.
   *
   * @param reason the reason, 1 to 512 characters
   * @return this request
   */
  public UpdateGuildOnboarding reason(String reason) {
    auditLogReason(reason);
    return this;
  }
}
