package dev.gloam.model.id.marker;

/** Marks an {@link dev.gloam.model.id.Id} as naming a webhook. Never instantiated. */
public final class WebhookMarker {
  private WebhookMarker() {}
}
