package dev.gloam.http.interaction;

import dev.gloam.model.json.ModelJson;
import dev.gloam.testkit.OfflineDiscord;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;

/**
 * A minimal gateway session for tests: it identifies as the bot and keeps the tokens of the
 * INTERACTION_CREATE events it receives, since testkit gives a token only to the bot's session.
 */
public final class InteractionTokens implements AutoCloseable {
  private final Map<Long, CompletableFuture<String>> tokens = new ConcurrentHashMap<>();
  private final HttpClient http = HttpClient.newHttpClient();
  private final WebSocket socket;

  private InteractionTokens(OfflineDiscord discord) throws Exception {
    String botToken = discord.botToken();
    URI url = URI.create(discord.gatewayUrl() + "/?v=10&encoding=json");
    socket =
        http.newWebSocketBuilder()
            .buildAsync(
                url,
                new WebSocket.Listener() {
                  private final StringBuilder text = new StringBuilder();

                  @Override
                  public CompletionStage<?> onText(
                      WebSocket webSocket, CharSequence data, boolean last) {
                    text.append(data);
                    if (last) {
                      handle(webSocket, ModelJson.mapper().readTree(text.toString()), botToken);
                      text.setLength(0);
                    }
                    webSocket.request(1);
                    return null;
                  }
                })
            .get(10, TimeUnit.SECONDS);
    discord.awaitSessions(1, Duration.ofSeconds(10));
  }

  /**
   * Opens a session and waits until the offline Discord counts it.
   *
   * @param discord the offline Discord
   * @return the session
   * @throws Exception if it cannot connect
   */
  public static InteractionTokens open(OfflineDiscord discord) throws Exception {
    return new InteractionTokens(discord);
  }

  private void handle(WebSocket webSocket, JsonNode frame, String botToken) {
    int op = frame.path("op").asInt();
    if (op == 10) {
      webSocket.sendText(
          "{\"op\":2,\"d\":{\"token\":\""
              + botToken
              + "\",\"intents\":0,\"properties\":{\"os\":\"linux\",\"browser\":\"gloam\","
              + "\"device\":\"gloam\"}}}",
          true);
    } else if (op == 0 && "INTERACTION_CREATE".equals(frame.path("t").asString())) {
      JsonNode d = frame.path("d");
      future(Long.parseUnsignedLong(d.path("id").asString())).complete(d.path("token").asString());
    }
  }

  private CompletableFuture<String> future(long id) {
    return tokens.computeIfAbsent(id, key -> new CompletableFuture<>());
  }

  /**
   * Returns the token of an interaction, waiting for its INTERACTION_CREATE.
   *
   * @param interactionId the interaction
   * @return the token
   * @throws Exception if it does not arrive within 10 seconds
   */
  public String token(long interactionId) throws Exception {
    return future(interactionId).get(10, TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    socket.abort();
    http.close();
  }
}
