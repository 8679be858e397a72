package dev.gloam.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.model.gateway.event.Event;
import dev.gloam.model.gateway.event.EventType;
import dev.gloam.model.gateway.event.EventTypeFlags;
import dev.gloam.model.gateway.event.GuildCreate;
import dev.gloam.model.guild.Guild;
import dev.gloam.model.guild.UnavailableGuild;
import dev.gloam.model.user.User;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * gloam's mapper reads records, timestamps and ids through its own faster paths; they must give
 * exactly what Jackson alone gives, for every payload and for every kind of bad input.
 */
class SpeedupsTest {
  private static final JsonMapper PLAIN = ModelJson.configured().build();

  static Stream<Path> payloads() throws URISyntaxException, IOException {
    Path root = Path.of(SpeedupsTest.class.getResource("/payloads").toURI());
    List<Path> files;
    try (Stream<Path> events = Files.list(root.resolve("events"));
        Stream<Path> top = Files.list(root)) {
      files =
          Stream.concat(events, top).filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(70);
    return files.stream();
  }

  @ParameterizedTest
  @MethodSource("payloads")
  void everyPayloadReadsAsJacksonAloneReadsIt(Path file) throws IOException {
    byte[] payload = Files.readAllBytes(file);
    PayloadHeader header = GatewayEventParser.header(payload);
    EventType kind = header.eventType().orElseThrow();
    boolean guildCreate = kind.equals(EventType.GUILD_CREATE);
    Class<?> type = guildCreate ? Guild.class : GatewayEventParser.payloadTypes().get(kind);
    assertThat(type).as(kind.name()).isNotNull();
    byte[] data = Arrays.copyOfRange(payload, header.dataStart(), header.dataEnd());

    Object plain = PLAIN.readValue(data, type);
    assertThat(ModelJson.read(data, type)).isEqualTo(plain);
    Event event = GatewayEventParser.parse(payload, EventTypeFlags.all()).orElseThrow();
    if (guildCreate) {
      assertThat(((GuildCreate.Available) event).guild()).isEqualTo(plain);
    } else {
      assertThat(event).isEqualTo(plain);
    }
  }

  @Test
  void absentComponentsGetJacksonsAbsentValues() {
    // A missing boolean component is false, a missing Optional is empty, a missing list is null.
    String json = "{\"id\":\"41771983423143936\"}";
    assertThat(ModelJson.read(json, UnavailableGuild.class))
        .isEqualTo(PLAIN.readValue(json, UnavailableGuild.class))
        .extracting(UnavailableGuild::unavailable)
        .isEqualTo(false);
    String user = "{\"id\":\"1\",\"username\":\"a\",\"discriminator\":\"0\",\"avatar\":null}";
    assertThat(ModelJson.read(user, User.class)).isEqualTo(PLAIN.readValue(user, User.class));
  }

  @Test
  void unknownNamesAreSkippedWhateverTheirValue() {
    String json =
        "{\"x\":{\"deep\":[1,{\"y\":null}]},\"id\":\"1\",\"z\":[],\"username\":\"a\","
            + "\"discriminator\":\"0\",\"avatar\":null,\"w\":\"s\"}";
    assertThat(ModelJson.read(json, User.class)).isEqualTo(PLAIN.readValue(json, User.class));
  }

  @Test
  void badInputFailsWhereJacksonAloneFails() {
    for (String json :
        new String[] {
          "null",
          "[]",
          "\"text\"",
          "{\"id\":[1],\"username\":\"a\",\"discriminator\":\"0\",\"avatar\":null}",
          "{\"id\":\"1\",\"username\":{\"a\":1},\"discriminator\":\"0\",\"avatar\":null}",
          "{\"id\":\"1\",\"username\":\"a\",\"discriminator\":\"0\",\"avatar\":null,\"flags\":\"x\"}",
        }) {
      Object plain;
      try {
        plain = PLAIN.readValue(json, User.class);
      } catch (JacksonException e) {
        assertThatThrownBy(() -> ModelJson.read(json, User.class))
            .as(json)
            .isInstanceOf(ModelJsonException.class);
        continue;
      }
      assertThat(ModelJson.read(json, User.class)).as(json).isEqualTo(plain);
    }
  }
}
