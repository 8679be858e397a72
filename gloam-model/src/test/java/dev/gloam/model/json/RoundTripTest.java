package dev.gloam.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.model.gateway.Intents;
import dev.gloam.model.gateway.ShardId;
import dev.gloam.model.gateway.command.Heartbeat;
import dev.gloam.model.gateway.command.Identify;
import dev.gloam.model.gateway.command.IdentifyProperties;
import dev.gloam.model.gateway.connection.ConnectionInfo;
import dev.gloam.model.gateway.event.Event;
import dev.gloam.model.gateway.event.EventTypeFlags;
import dev.gloam.model.user.User;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** Deserialize, serialize, deserialize: the two objects must be equal, for real payloads. */
class RoundTripTest {
  @ParameterizedTest
  @ValueSource(strings = {"ready.json", "guild_create.json", "message_create.json"})
  void eventsSurviveARoundTrip(String file) {
    String json = GatewayEventParserTest.payload(file);
    Event first = GatewayEventParser.parse(json, EventTypeFlags.all()).orElseThrow();
    PayloadHeader header = GatewayEventParser.header(json);
    String rewritten =
        "{\"op\":0,\"s\":1,\"t\":\""
            + header.dispatchName().orElseThrow()
            + "\",\"d\":"
            + ModelJson.write(first)
            + "}";
    Event second = GatewayEventParser.parse(rewritten, EventTypeFlags.all()).orElseThrow();
    assertThat(second).isEqualTo(first);
  }

  @Test
  void connectionInfoOfGetGateway() {
    String json = "{\"url\":\"wss://gateway.discord.gg\"}";
    ConnectionInfo info = ModelJson.read(json, ConnectionInfo.class);
    assertThat(info.url()).isEqualTo("wss://gateway.discord.gg");
    assertThat(ModelJson.write(info)).isEqualTo(json);
  }

  @Test
  void absentFieldsStayAbsentAndNullFieldsStayNull() {
    String json =
        "{\"id\":\"80351110224678912\",\"username\":\"Nelly\",\"discriminator\":\"0\","
            + "\"global_name\":null,\"avatar\":null}";
    User user = ModelJson.read(json, User.class);
    assertThat(user.bot()).isEqualTo(Optional.empty());
    JsonNode written = ModelJson.mapper().readTree(ModelJson.write(user));
    assertThat(written.has("bot")).isFalse();
    assertThat(written.get("global_name").isNull()).isTrue();
    assertThat(written.get("avatar").isNull()).isTrue();
    assertThat(ModelJson.read(ModelJson.write(user), User.class)).isEqualTo(user);
  }

  @Test
  void commandsAreWrappedWithTheirOpcode() {
    Identify identify =
        new Identify(
            "secret-token",
            new IdentifyProperties("linux", "gloam", "gloam"),
            Optional.empty(),
            Optional.of(250),
            Optional.of(new ShardId(0, 2)),
            Optional.empty(),
            Intents.GUILD_MESSAGES);
    JsonNode payload = ModelJson.mapper().readTree(ModelJson.writeCommand(identify));
    assertThat(payload.get("op").asInt()).isEqualTo(2);
    assertThat(payload.get("d").get("token").asString()).isEqualTo("secret-token");
    assertThat(payload.get("d").get("shard").toString()).isEqualTo("[0,2]");
    assertThat(payload.get("d").get("intents").asLong()).isEqualTo(512);
    assertThat(payload.get("d").get("large_threshold").asInt()).isEqualTo(250);
    assertThat(payload.get("d").has("compress")).isFalse();
    assertThat(identify.toString()).doesNotContain("secret-token");

    assertThat(ModelJson.writeCommand(new Heartbeat(null))).isEqualTo("{\"op\":1,\"d\":null}");
    assertThat(ModelJson.writeCommand(new Heartbeat(42L))).isEqualTo("{\"op\":1,\"d\":42}");
  }
}
