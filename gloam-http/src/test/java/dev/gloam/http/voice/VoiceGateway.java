package dev.gloam.http.voice;

import dev.gloam.model.json.ModelJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A bare gateway session for tests: Discord only keeps a voice state for a bot that joined a
 * channel over the gateway (UPDATE_VOICE_STATE, op 4), and the REST voice state routes read it.
 * gloam-http does not depend on gloam-gateway, so this speaks the few frames it needs itself.
 */
public final class VoiceGateway implements AutoCloseable {
  private static final long GUILDS_AND_VOICE_STATES = 1 | 1 << 7;

  private final HttpClient http = HttpClient.newHttpClient();
  private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
  private final WebSocket socket;

  private VoiceGateway(URI gatewayUrl) {
    this.socket =
        http.newWebSocketBuilder()
            .buildAsync(URI.create(gatewayUrl + "?v=10&encoding=json"), new Listener())
            .join();
  }

  /**
   * Connects as the bot, identifies and waits for READY.
   *
   * @param gatewayUrl the offline Discord's gateway
   * @param token the bot token
   * @return the open session
   * @throws InterruptedException if interrupted while waiting
   */
  public static VoiceGateway connect(URI gatewayUrl, String token) throws InterruptedException {
    VoiceGateway gateway = new VoiceGateway(gatewayUrl);
    gateway.await(10, null);
    ObjectNode identify = ModelJson.mapper().createObjectNode();
    identify.put("op", 2);
    ObjectNode d = identify.putObject("d");
    d.put("token", token);
    d.put("intents", GUILDS_AND_VOICE_STATES);
    ObjectNode properties = d.putObject("properties");
    properties.put("os", "linux");
    properties.put("browser", "gloam-test");
    properties.put("device", "gloam-test");
    gateway.send(identify);
    gateway.await(0, "READY");
    return gateway;
  }

  /**
   * Joins a channel of a guild and waits until the gateway confirms it.
   *
   * @param guildId the guild
   * @param channelId the channel
   * @throws InterruptedException if interrupted while waiting
   */
  public void join(long guildId, long channelId) throws InterruptedException {
    ObjectNode update = ModelJson.mapper().createObjectNode();
    update.put("op", 4);
    ObjectNode d = update.putObject("d");
    d.put("guild_id", Long.toUnsignedString(guildId));
    d.put("channel_id", Long.toUnsignedString(channelId));
    d.put("self_mute", false);
    d.put("self_deaf", false);
    send(update);
    await(0, "VOICE_STATE_UPDATE");
  }

  private void send(ObjectNode frame) {
    socket.sendText(frame.toString(), true).join();
  }

  private JsonNode await(int op, String type) throws InterruptedException {
    while (true) {
      // A generous bound that only ends a test whose gateway never answers.
      JsonNode frame = frames.poll(30, TimeUnit.SECONDS);
      if (frame == null) {
        throw new IllegalStateException("the gateway sent no op " + op + " " + type);
      }
      if (frame.path("op").asInt() == op
          && (type == null || type.equals(frame.path("t").asString("")))) {
        return frame;
      }
    }
  }

  @Override
  public void close() {
    socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
    http.close();
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder text = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      text.append(data);
      if (last) {
        frames.add(ModelJson.mapper().readTree(text.toString()));
        text.setLength(0);
      }
      webSocket.request(1);
      return null;
    }
  }
}
