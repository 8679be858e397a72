package dev.gloam.model.id.marker;

/**
 * Marks an {@link dev.gloam.model.id.Id} as naming an option of an onboarding prompt. Never
 * instantiated.
 */
public final class OnboardingPromptOptionMarker {
  private OnboardingPromptOptionMarker() {}
}
