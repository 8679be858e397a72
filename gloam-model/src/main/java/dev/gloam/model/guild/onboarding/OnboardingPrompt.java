package dev.gloam.model.guild.onboarding;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.OnboardingPromptMarker;
import java.util.List;

/**
 * A question of a guild's onboarding flow. Maps Discord's "Onboarding Prompt Structure"
 * (resources/guild).
 *
 * @param id the prompt's id
 * @param type how the options are shown
 * @param options the answers members can pick
 * @param title the question
 * @param singleSelect whether a member may pick only one option
 * @param required whether a member must answer before finishing onboarding
 * @param inOnboarding whether the prompt is part of the onboarding flow; if not, it only appears in
 *     the channels and roles settings
 */
public record OnboardingPrompt(
    Id<OnboardingPromptMarker> id,
    OnboardingPromptType type,
    List<OnboardingPromptOption> options,
    String title,
    boolean singleSelect,
    boolean required,
    boolean inOnboarding) {}
