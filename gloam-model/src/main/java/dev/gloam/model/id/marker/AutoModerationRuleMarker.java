package dev.gloam.model.id.marker;

/** Marks an {@link dev.gloam.model.id.Id} as naming an auto moderation rule. Never instantiated. */
public final class AutoModerationRuleMarker {
  private AutoModerationRuleMarker() {}
}
