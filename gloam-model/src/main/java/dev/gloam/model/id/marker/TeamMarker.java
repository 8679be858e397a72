package dev.gloam.model.id.marker;

/** Marks an {@link dev.gloam.model.id.Id} as naming a developer team. Never instantiated. */
public final class TeamMarker {
  private TeamMarker() {}
}
