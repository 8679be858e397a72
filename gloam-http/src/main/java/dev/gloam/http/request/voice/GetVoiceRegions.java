package dev.gloam.http.request.voice;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.voice.VoiceRegion;
import java.util.List;

/**
 * Gets the voice regions that may be set as a voice channel's region. Maps "List Voice Regions"
 * ({@code GET /voice/regions}, resources/voice). Obtained from {@link
 * dev.gloam.http.VoiceRequests#voiceRegions}.
 *
 * <pre>{@code
 * List<VoiceRegion> regions = client.voiceRegions().send().model();
 * }</pre>
 */
public final class GetVoiceRegions extends Request<List<VoiceRegion>> {
  /**
   * Creates the request; use {@link dev.gloam.http.VoiceRequests#voiceRegions} instead.
   *
   * @param transport the client's transport
   */
  public GetVoiceRegions(Transport transport) {
    super(transport, Route.LIST_VOICE_REGIONS, BodyReader.listOf(VoiceRegion.class));
  }
}
