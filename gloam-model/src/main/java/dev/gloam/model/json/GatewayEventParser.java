package dev.gloam.model.json;

import dev.gloam.model.gateway.OpCode;
import dev.gloam.model.gateway.event.Event;
import dev.gloam.model.gateway.event.EventType;
import dev.gloam.model.gateway.event.EventTypeFlags;
import dev.gloam.model.gateway.event.GuildCreate;
import dev.gloam.model.gateway.event.HeartbeatAck;
import dev.gloam.model.gateway.event.HeartbeatRequest;
import dev.gloam.model.gateway.event.Hello;
import dev.gloam.model.gateway.event.InvalidSession;
import dev.gloam.model.gateway.event.MessageCreate;
import dev.gloam.model.gateway.event.Ready;
import dev.gloam.model.gateway.event.Reconnect;
import dev.gloam.model.gateway.event.Resumed;
import dev.gloam.model.guild.Guild;
import dev.gloam.model.guild.UnavailableGuild;
import java.util.Optional;
import java.util.OptionalLong;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * Turns gateway payload text into {@link Event}s in two steps, so that unwanted events cost almost
 * nothing: {@link #header} finds {@code op}, {@code s} and {@code t} and only skips over {@code d};
 * {@link #event} then deserializes {@code d} for the payloads that are wanted.
 *
 * <pre>{@code
 * PayloadHeader header = GatewayEventParser.header(text);
 * Optional<Event> event = GatewayEventParser.parse(text, EventTypeFlags.of(EventType.MESSAGE_CREATE));
 * }</pre>
 */
public final class GatewayEventParser {
  private GatewayEventParser() {}

  /**
   * Reads a payload's envelope without deserializing its {@code d}.
   *
   * @param payload the payload's JSON text
   * @return the envelope
   * @throws ModelJsonException if the text is not a JSON object with an integer {@code op}
   */
  public static PayloadHeader header(String payload) {
    Integer op = null;
    Long sequence = null;
    String name = null;
    int dataStart = -1;
    int dataEnd = -1;
    try (JsonParser parser = ModelJson.mapper().createParser(payload)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw shape("a gateway payload must be a JSON object");
      }
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        switch (field) {
          case "op" -> op = value == JsonToken.VALUE_NUMBER_INT ? parser.getIntValue() : null;
          case "s" -> sequence = value == JsonToken.VALUE_NUMBER_INT ? parser.getLongValue() : null;
          case "t" -> name = value == JsonToken.VALUE_STRING ? parser.getString() : null;
          case "d" -> {
            dataStart = (int) parser.currentTokenLocation().getCharOffset();
            parser.skipChildren();
            dataEnd = (int) parser.currentLocation().getCharOffset();
          }
          default -> parser.skipChildren();
        }
      }
    } catch (JacksonException e) {
      throw new ModelJsonException(
          ModelJsonException.Kind.MALFORMED,
          "malformed gateway payload: " + e.getOriginalMessage(),
          e);
    }
    if (op == null) {
      throw shape("a gateway payload needs an integer \"op\"");
    }
    return new PayloadHeader(
        OpCode.of(op),
        sequence == null ? OptionalLong.empty() : OptionalLong.of(sequence),
        Optional.ofNullable(name),
        dataStart,
        dataEnd);
  }

  /**
   * Reads a payload into an event if its type is in {@code wanted}.
   *
   * @param payload the payload's JSON text
   * @param wanted the event types to deserialize
   * @return the event, or empty if it is not wanted or gloam does not know its type
   * @throws ModelJsonException if the payload is malformed or {@code d} has an unexpected shape
   */
  public static Optional<Event> parse(String payload, EventTypeFlags wanted) {
    PayloadHeader header = header(payload);
    Optional<EventType> type = header.eventType();
    if (type.isEmpty() || !wanted.contains(type.get())) {
      return Optional.empty();
    }
    return event(payload, header);
  }

  /**
   * Deserializes the {@code d} of a payload whose envelope was read by {@link #header}.
   *
   * @param payload the payload's JSON text
   * @param header its envelope
   * @return the event, or empty if gloam does not know its type
   * @throws ModelJsonException if {@code d} has an unexpected shape
   */
  public static Optional<Event> event(String payload, PayloadHeader header) {
    Optional<EventType> type = header.eventType();
    if (type.isEmpty() || !type.get().isKnown()) {
      return Optional.empty();
    }
    EventType kind = type.get();
    if (kind.equals(EventType.GATEWAY_HEARTBEAT_ACK)) {
      return Optional.of(new HeartbeatAck());
    } else if (kind.equals(EventType.GATEWAY_HEARTBEAT)) {
      return Optional.of(new HeartbeatRequest());
    } else if (kind.equals(EventType.GATEWAY_RECONNECT)) {
      return Optional.of(new Reconnect());
    } else if (kind.equals(EventType.RESUMED)) {
      return Optional.of(new Resumed());
    }
    if (header.dataStart() < 0) {
      throw shape(kind + " has no \"d\"");
    }
    String data = payload.substring(header.dataStart(), header.dataEnd());
    Event event;
    if (kind.equals(EventType.GATEWAY_HELLO)) {
      event = ModelJson.read(data, Hello.class);
    } else if (kind.equals(EventType.GATEWAY_INVALID_SESSION)) {
      event = ModelJson.read(data, InvalidSession.class);
    } else if (kind.equals(EventType.READY)) {
      event = ModelJson.read(data, Ready.class);
    } else if (kind.equals(EventType.MESSAGE_CREATE)) {
      event = ModelJson.read(data, MessageCreate.class);
    } else if (kind.equals(EventType.GUILD_CREATE)) {
      event = guildCreate(data);
    } else {
      throw new IllegalStateException("no parser for known event type " + kind);
    }
    return Optional.of(event);
  }

  private static GuildCreate guildCreate(String data) {
    JsonNode tree;
    try {
      tree = ModelJson.mapper().readTree(data);
    } catch (JacksonException e) {
      throw new ModelJsonException(
          ModelJsonException.Kind.MALFORMED,
          "malformed GUILD_CREATE: " + e.getOriginalMessage(),
          e);
    }
    // An outage sends only {id, unavailable: true}; a full guild never carries unavailable: true.
    if (tree.path("unavailable").asBoolean(false)) {
      return new GuildCreate.Unavailable(ModelJson.read(tree, UnavailableGuild.class));
    }
    return new GuildCreate.Available(ModelJson.read(tree, Guild.class));
  }

  private static ModelJsonException shape(String message) {
    return new ModelJsonException(ModelJsonException.Kind.UNEXPECTED_SHAPE, message, null);
  }
}
