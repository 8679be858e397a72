package dev.gloam.model.id.marker;

/** Marks an {@link dev.gloam.model.id.Id} as naming an onboarding prompt. Never instantiated. */
public final class OnboardingPromptMarker {
  private OnboardingPromptMarker() {}
}
