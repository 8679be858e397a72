package dev.gloam.model.guild;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.IntegrationMarker;
import dev.gloam.model.id.marker.RoleSubscriptionListingMarker;
import dev.gloam.model.id.marker.UserMarker;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * What a role is tied to. Maps Discord's "Role Tags Structure" (topics/permissions).
 *
 * <p>Discord sends three of the tags as a key whose value is {@code null}: the key's presence means
 * {@code true}, its absence {@code false}. Here they are plain booleans, and they are written back
 * the same way (a {@code null} value when {@code true}, no key when {@code false}).
 *
 * @param botId the bot the role belongs to, for a bot's own role
 * @param integrationId the integration the role belongs to
 * @param premiumSubscriber whether members get this role by boosting the guild
 * @param subscriptionListingId the subscription SKU and listing of a role subscription role
 * @param availableForPurchase whether the role can be bought
 * @param guildConnections whether the role is a linked role
 */
@JsonSerialize(using = RoleTags.Writer.class)
@JsonDeserialize(using = RoleTags.Reader.class)
public record RoleTags(
    Optional<Id<UserMarker>> botId,
    Optional<Id<IntegrationMarker>> integrationId,
    boolean premiumSubscriber,
    Optional<Id<RoleSubscriptionListingMarker>> subscriptionListingId,
    boolean availableForPurchase,
    boolean guildConnections) {

  private static final String BOT_ID = "bot_id";
  private static final String INTEGRATION_ID = "integration_id";
  private static final String PREMIUM_SUBSCRIBER = "premium_subscriber";
  private static final String SUBSCRIPTION_LISTING_ID = "subscription_listing_id";
  private static final String AVAILABLE_FOR_PURCHASE = "available_for_purchase";
  private static final String GUILD_CONNECTIONS = "guild_connections";

  /** Reads the tags, turning present-as-null keys into {@code true}. */
  static final class Reader extends StdDeserializer<RoleTags> {
    Reader() {
      super(RoleTags.class);
    }

    @Override
    public RoleTags deserialize(JsonParser parser, DeserializationContext context) {
      JsonNode tree = context.readTree(parser);
      return new RoleTags(
          id(tree, BOT_ID),
          id(tree, INTEGRATION_ID),
          tree.has(PREMIUM_SUBSCRIBER),
          id(tree, SUBSCRIPTION_LISTING_ID),
          tree.has(AVAILABLE_FOR_PURCHASE),
          tree.has(GUILD_CONNECTIONS));
    }

    private static <M> Optional<Id<M>> id(JsonNode tree, String name) {
      JsonNode value = tree.get(name);
      if (value == null || value.isNull()) {
        return Optional.empty();
      }
      return Optional.of(Id.parse(value.asString()));
    }
  }

  /** Writes the tags, turning {@code true} flags into present-as-null keys. */
  static final class Writer extends StdSerializer<RoleTags> {
    Writer() {
      super(RoleTags.class);
    }

    @Override
    public void serialize(RoleTags tags, JsonGenerator out, SerializationContext context) {
      out.writeStartObject();
      id(out, BOT_ID, tags.botId());
      id(out, INTEGRATION_ID, tags.integrationId());
      flag(out, PREMIUM_SUBSCRIBER, tags.premiumSubscriber());
      id(out, SUBSCRIPTION_LISTING_ID, tags.subscriptionListingId());
      flag(out, AVAILABLE_FOR_PURCHASE, tags.availableForPurchase());
      flag(out, GUILD_CONNECTIONS, tags.guildConnections());
      out.writeEndObject();
    }

    private static void id(JsonGenerator out, String name, Optional<? extends Id<?>> id) {
      if (id.isPresent()) {
        out.writeStringProperty(name, Long.toUnsignedString(id.get().value()));
      }
    }

    private static void flag(JsonGenerator out, String name, boolean set) {
      if (set) {
        out.writeNullProperty(name);
      }
    }
  }
}
