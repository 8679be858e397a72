package dev.gloam.gateway;

import dev.gloam.model.json.ModelJson;
import dev.gloam.model.json.PayloadHeader;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The two fields of {@code READY} a shard needs to resume, read by a token scan. The full event,
 * with its guilds, is deserialized by the puller if the program asks for it; the connection's
 * reader must not spend that time, because heartbeat acknowledgements wait behind it.
 *
 * @param sessionId the session id
 * @param resumeGatewayUrl the URL to resume at
 * @param username the bot's username, for the log
 */
record ReadyScan(String sessionId, String resumeGatewayUrl, String username) {

  /**
   * Reads the fields from a {@code READY} payload.
   *
   * @throws IllegalArgumentException if one is missing
   */
  static ReadyScan of(byte[] payload, PayloadHeader header) {
    if (header.dataStart() < 0) {
      throw new IllegalArgumentException("READY has no d");
    }
    String session = null;
    String url = null;
    String username = null;
    try (JsonParser parser =
        ModelJson.mapper()
            .createParser(payload, header.dataStart(), header.dataEnd() - header.dataStart())) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException("READY's d is not an object");
      }
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (value == JsonToken.VALUE_STRING && field.equals("session_id")) {
          session = parser.getString();
        } else if (value == JsonToken.VALUE_STRING && field.equals("resume_gateway_url")) {
          url = parser.getString();
        } else if (value == JsonToken.START_OBJECT && field.equals("user")) {
          username = username(parser);
        } else {
          parser.skipChildren();
        }
      }
    }
    if (session == null || url == null) {
      throw new IllegalArgumentException("READY lacks session_id or resume_gateway_url");
    }
    return new ReadyScan(session, url, username);
  }

  private static String username(JsonParser parser) {
    String name = null;
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      if (value == JsonToken.VALUE_STRING && field.equals("username")) {
        name = parser.getString();
      } else {
        parser.skipChildren();
      }
    }
    return name;
  }
}
