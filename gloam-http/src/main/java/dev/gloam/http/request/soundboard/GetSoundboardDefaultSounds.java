package dev.gloam.http.request.soundboard;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.soundboard.SoundboardSound;
import java.util.List;

/**
 * Gets the sounds every user may play from the soundboard. Maps "List Default Soundboard Sounds"
 * ({@code GET /soundboard-default-sounds}, resources/soundboard). Obtained from {@link
 * dev.gloam.http.SoundboardRequests#soundboardDefaultSounds}.
 *
 * <pre>{@code
 * List<SoundboardSound> sounds = client.soundboardDefaultSounds().send().model();
 * }</pre>
 */
public final class GetSoundboardDefaultSounds extends Request<List<SoundboardSound>> {
  /**
   * Creates the request; use {@link dev.gloam.http.SoundboardRequests#soundboardDefaultSounds}
   * instead.
   *
   * @param transport the client's transport
   */
  public GetSoundboardDefaultSounds(Transport transport) {
    super(transport, Route.GET_SOUNDBOARD_DEFAULT_SOUNDS, BodyReader.listOf(SoundboardSound.class));
  }
}
