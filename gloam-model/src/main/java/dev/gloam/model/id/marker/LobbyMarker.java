package dev.gloam.model.id.marker;

/** Marks an {@link dev.gloam.model.id.Id} as naming a lobby. Never instantiated. */
public final class LobbyMarker {
  private LobbyMarker() {}
}
