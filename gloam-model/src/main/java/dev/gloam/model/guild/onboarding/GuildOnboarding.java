package dev.gloam.model.guild.onboarding;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;
import java.util.List;

/**
 * The onboarding flow new members of a guild go through. Maps Discord's "Guild Onboarding Object"
 * (resources/guild).
 *
 * @param guildId the guild the flow belongs to
 * @param prompts the questions shown during onboarding and in the channels and roles settings
 * @param defaultChannelIds the channels members are opted into without asking
 * @param enabled whether onboarding is turned on
 * @param mode what counts towards the requirements for turning onboarding on
 */
public record GuildOnboarding(
    Id<GuildMarker> guildId,
    List<OnboardingPrompt> prompts,
    List<Id<ChannelMarker>> defaultChannelIds,
    boolean enabled,
    OnboardingMode mode) {}
