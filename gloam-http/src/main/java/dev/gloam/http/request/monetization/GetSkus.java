package dev.gloam.http.request.monetization;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import dev.gloam.model.monetization.Sku;
import java.util.List;

/**
 * Lists the app's SKUs: what users and guilds can buy. Maps "List SKUs" ({@code GET
 * /applications/{application.id}/skus}, resources/sku). Obtained from {@link
 * dev.gloam.http.MonetizationRequests#skus}.
 *
 * <pre>{@code
 * List<Sku> skus = client.skus(applicationId).send().model();
 * }</pre>
 */
public final class GetSkus extends Request<List<Sku>> {
  /**
   * Creates the request; use {@link dev.gloam.http.MonetizationRequests#skus} instead.
   *
   * @param transport the client's transport
   * @param applicationId the application
   */
  public GetSkus(Transport transport, Id<ApplicationMarker> applicationId) {
    super(transport, Route.LIST_SKUS, BodyReader.listOf(Sku.class), applicationId);
  }
}
