package dev.gloam.model.id.marker;

/** Marks an {@link dev.gloam.model.id.Id} as naming a soundboard sound. Never instantiated. */
public final class SoundboardSoundMarker {
  private SoundboardSoundMarker() {}
}
