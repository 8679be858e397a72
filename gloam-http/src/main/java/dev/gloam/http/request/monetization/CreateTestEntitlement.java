package dev.gloam.http.request.monetization;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import dev.gloam.model.id.marker.GenericMarker;
import dev.gloam.model.id.marker.SkuMarker;
import dev.gloam.model.monetization.Entitlement;

/**
 * Grants a user or a guild a free test entitlement to a SKU, to test premium features without
 * paying. Maps "Create Test Entitlement" ({@code POST /applications/{application.id}/entitlements},
 * resources/entitlement). Obtained from {@link
 * dev.gloam.http.MonetizationRequests#createTestEntitlement}.
 *
 * <pre>{@code
 * Entitlement test = client.createTestEntitlement(applicationId, skuId, userId.cast(), CreateTestEntitlement.OwnerType.USER)
 *     .send().model();
 * }</pre>
 */
public final class CreateTestEntitlement extends Request<Entitlement> {
  /**
   * Creates the request; use {@link dev.gloam.http.MonetizationRequests#createTestEntitlement}
   * instead.
   *
   * @param transport the client's transport
   * @param applicationId the application
   * @param skuId the SKU
   * @param ownerId the user or guild who gets it
   * @param ownerType whether the owner is a guild or a user
   */
  public CreateTestEntitlement(
      Transport transport,
      Id<ApplicationMarker> applicationId,
      Id<SkuMarker> skuId,
      Id<GenericMarker> ownerId,
      CreateTestEntitlement.OwnerType ownerType) {
    super(transport, Route.CREATE_ENTITLEMENT, BodyReader.of(Entitlement.class), applicationId);
    skuId(skuId);
    ownerId(ownerId);
    ownerType(ownerType);
  }

  /**
   * Sets the SKU the entitlement grants.
   *
   * @param skuId the SKU
   * @return this request
   */
  public CreateTestEntitlement skuId(Id<SkuMarker> skuId) {
    json().set("sku_id", skuId);
    return this;
  }

  /**
   * Sets who gets the entitlement.
   *
   * @param ownerId the guild or user id
   * @return this request
   */
  public CreateTestEntitlement ownerId(Id<GenericMarker> ownerId) {
    json().set("owner_id", ownerId);
    return this;
  }

  /**
   * Sets whether the owner is a guild or a user.
   *
   * @param ownerType the kind of owner
   * @return this request
   */
  public CreateTestEntitlement ownerType(OwnerType ownerType) {
    json().set("owner_type", ownerType.value());
    return this;
  }

  /** Who owns a test entitlement, Discord's {@code owner_type}. */
  public enum OwnerType {
    /** A guild subscription (1). */
    GUILD(1),
    /** A user subscription (2). */
    USER(2);

    private final int value;

    OwnerType(int value) {
      this.value = value;
    }

    /**
     * Returns the value Discord expects.
     *
     * @return 1 for guilds, 2 for users
     */
    public int value() {
      return value;
    }
  }
}
