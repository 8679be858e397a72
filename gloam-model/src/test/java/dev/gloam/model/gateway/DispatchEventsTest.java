package dev.gloam.model.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.model.gateway.event.ChannelPinsUpdate;
import dev.gloam.model.gateway.event.Event;
import dev.gloam.model.gateway.event.EventType;
import dev.gloam.model.gateway.event.EventTypeFlags;
import dev.gloam.model.gateway.event.GuildDelete;
import dev.gloam.model.gateway.event.GuildUpdate;
import dev.gloam.model.gateway.event.InviteCreate;
import dev.gloam.model.gateway.event.MessageDeleteBulk;
import dev.gloam.model.gateway.event.MessageReactionRemoveEmoji;
import dev.gloam.model.gateway.event.TypingStart;
import dev.gloam.model.gateway.event.VoiceChannelStatusUpdate;
import dev.gloam.model.json.GatewayEventParser;
import dev.gloam.model.json.ModelJson;
import dev.gloam.model.json.PayloadHeader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** Every dispatch fixture in payloads/events parses to its type and survives a round trip. */
class DispatchEventsTest {
  static Stream<Path> fixtures() throws URISyntaxException, IOException {
    Path dir = Path.of(DispatchEventsTest.class.getResource("/payloads/events").toURI());
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    return files.stream();
  }

  static String read(String name) {
    try {
      return Files.readString(
          Path.of(DispatchEventsTest.class.getResource("/payloads/events/" + name).toURI()),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Event parse(String json) {
    return GatewayEventParser.parse(json, EventTypeFlags.all()).orElseThrow();
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void parsesToItsTypeAndSurvivesARoundTrip(Path fixture) throws IOException {
    String json = Files.readString(fixture, StandardCharsets.UTF_8);
    PayloadHeader header = GatewayEventParser.header(json);
    EventType type = header.eventType().orElseThrow();
    assertThat(type.isKnown()).as("%s has a model", type).isTrue();

    Event first = parse(json);
    assertThat(first.kind()).isEqualTo(type);

    String rewritten =
        "{\"op\":0,\"s\":1,\"t\":\"" + type.name() + "\",\"d\":" + ModelJson.write(first) + "}";
    Event second = parse(rewritten);
    assertThat(second).isEqualTo(first);
    // Unwanted events are skipped without deserializing.
    assertThat(GatewayEventParser.parse(json, EventTypeFlags.none())).isEmpty();
    // The same payload as UTF-8 bytes (positions in bytes, not chars) reads the same.
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    assertThat(GatewayEventParser.parse(bytes, EventTypeFlags.all())).contains(first);
    assertThat(GatewayEventParser.parse(bytes, EventTypeFlags.none())).isEmpty();
  }

  @Test
  void everyKnownDispatchTypeHasAFixture() throws Exception {
    List<String> covered =
        fixtures().map(p -> p.getFileName().toString().replace(".json", "").toUpperCase()).toList();
    List<String> dispatches =
        EventType.known().stream()
            .filter(t -> t.dispatchName().isPresent())
            .map(EventType::name)
            .filter(n -> !List.of("READY", "GUILD_CREATE", "MESSAGE_CREATE", "RESUMED").contains(n))
            .toList();
    assertThat(covered).containsAll(dispatches);
  }

  @Test
  void everyDocumentedDispatchEventIsKnown() {
    // The names of the docs' "Receive Events" table that are dispatches (op 0), one per line.
    List<String> documented =
        read("DOCUMENTED_DISPATCH_EVENTS.txt")
            .lines()
            .map(String::strip)
            .filter(l -> !l.isEmpty() && !l.startsWith("#"))
            .toList();
    assertThat(documented).hasSizeGreaterThan(70).doesNotHaveDuplicates();
    assertThat(documented)
        .allSatisfy(
            name ->
                assertThat(EventType.ofDispatch(name).isKnown())
                    .as("%s has an EventType", name)
                    .isTrue());
    // And the other way: gloam knows no dispatch the docs do not name.
    List<String> known =
        EventType.known().stream()
            .filter(t -> t.dispatchName().isPresent())
            .map(EventType::name)
            .toList();
    assertThat(documented).containsExactlyInAnyOrderElementsOf(known);
  }

  @Test
  void fieldsAreReadAsDocumented() {
    MessageDeleteBulk bulk = (MessageDeleteBulk) parse(read("message_delete_bulk.json"));
    assertThat(bulk.ids())
        .extracting(Object::toString)
        .containsExactly("1311234567890123457", "18446744073709551615");
    assertThat(bulk.guildId()).isEmpty();

    ChannelPinsUpdate pins = (ChannelPinsUpdate) parse(read("channel_pins_update.json"));
    assertThat(pins.lastPinTimestamp()).contains(Instant.parse("2026-11-26T21:12:00Z"));

    GuildDelete delete = (GuildDelete) parse(read("guild_delete.json"));
    assertThat(delete.guild().unavailable()).isTrue();
    assertThat(delete.guild().id().toString()).isEqualTo("18446744073709551615");

    GuildUpdate update = (GuildUpdate) parse(read("guild_update.json"));
    assertThat(update.guild().name()).isEqualTo("renamed guild");

    TypingStart typing = (TypingStart) parse(read("typing_start.json"));
    assertThat(typing.timestamp()).isEqualTo(1795727400L);
    assertThat(typing.member().orElseThrow().nick()).contains("hu");

    MessageReactionRemoveEmoji emoji =
        (MessageReactionRemoveEmoji) parse(read("message_reaction_remove_emoji.json"));
    assertThat(emoji.emoji().id()).isEmpty();
    assertThat(emoji.emoji().name()).contains("\uD83D\uDD25");

    InviteCreate invite = (InviteCreate) parse(read("invite_create.json"));
    assertThat(invite.targetApplication().orElseThrow().name()).isEqualTo("Watch Together");

    VoiceChannelStatusUpdate status =
        (VoiceChannelStatusUpdate) parse(read("voice_channel_status_update.json"));
    assertThat(status.status()).isEmpty();
    JsonNode written = ModelJson.mapper().readTree(ModelJson.write(status));
    assertThat(written.get("status").isNull()).as("a null status is written as null").isTrue();
  }
}
