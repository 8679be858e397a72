package dev.gloam.http.request.oauth2;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.application.Application;

/**
 * Gets the bot's application. Maps "Get Current Bot Application Information" ({@code GET
 * /oauth2/applications/@me}, topics/oauth2). Obtained from {@link
 * dev.gloam.http.OAuth2Requests#currentBotApplication}.
 *
 * <pre>{@code
 * Application app = client.currentBotApplication().send().model();
 * }</pre>
 */
public final class GetCurrentBotApplication extends Request<Application> {
  /**
   * Creates the request; use {@link dev.gloam.http.OAuth2Requests#currentBotApplication} instead.
   *
   * @param transport the client's transport
   */
  public GetCurrentBotApplication(Transport transport) {
    super(transport, Route.GET_MY_OAUTH2_APPLICATION, BodyReader.of(Application.class));
  }
}
