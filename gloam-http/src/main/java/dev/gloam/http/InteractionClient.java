package dev.gloam.http;

import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import java.util.Objects;

/**
 * The requests that answer interactions of one application: the initial response and follow-up
 * messages (interactions/receiving-and-responding). They authenticate with the interaction's token
 * in the path, never with the client's token, and Discord exempts them from the global rate limit.
 * Obtained from {@link Client#interaction(Id)}.
 */
public final class InteractionClient {
  private final Transport transport;
  private final Id<ApplicationMarker> applicationId;

  InteractionClient(Transport transport, Id<ApplicationMarker> applicationId) {
    this.transport = Objects.requireNonNull(transport, "transport");
    this.applicationId = Objects.requireNonNull(applicationId, "applicationId");
  }

  /**
   * Returns the application whose interactions this client answers.
   *
   * @return the application id
   */
  public Id<ApplicationMarker> applicationId() {
    return applicationId;
  }

  @Override
  public String toString() {
    return "InteractionClient[" + applicationId + "]";
  }
}
