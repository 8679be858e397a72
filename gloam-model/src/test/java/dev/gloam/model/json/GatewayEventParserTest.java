package dev.gloam.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.model.channel.ChannelType;
import dev.gloam.model.channel.message.MessageType;
import dev.gloam.model.gateway.OpCode;
import dev.gloam.model.gateway.ShardId;
import dev.gloam.model.gateway.event.Event;
import dev.gloam.model.gateway.event.EventType;
import dev.gloam.model.gateway.event.EventTypeFlags;
import dev.gloam.model.gateway.event.GuildCreate;
import dev.gloam.model.gateway.event.HeartbeatAck;
import dev.gloam.model.gateway.event.Hello;
import dev.gloam.model.gateway.event.InvalidSession;
import dev.gloam.model.gateway.event.MessageCreate;
import dev.gloam.model.gateway.event.Ready;
import dev.gloam.model.guild.Permissions;
import dev.gloam.model.id.Id;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GatewayEventParserTest {
  static String payload(String name) {
    try (InputStream in = GatewayEventParserTest.class.getResourceAsStream("/payloads/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Event parseAll(String json) {
    return GatewayEventParser.parse(json, EventTypeFlags.all()).orElseThrow();
  }

  @Test
  void readsReady() {
    Ready ready = (Ready) parseAll(payload("ready.json"));
    assertThat(ready.v()).isEqualTo(10);
    assertThat(ready.user().username()).isEqualTo("gloam-bot");
    assertThat(ready.user().isBot()).isTrue();
    assertThat(ready.user().globalName()).isEmpty();
    assertThat(ready.sessionId()).isEqualTo("9c1b7c0a5f2e4d1a8b3c6d7e8f901234");
    assertThat(ready.resumeGatewayUrl()).isEqualTo("wss://gateway-us-east1-b.discord.gg");
    assertThat(ready.shard()).contains(ShardId.ONE);
    assertThat(ready.application().id()).isEqualTo(Id.of(1101245123456789012L));
    assertThat(ready.guilds()).singleElement().satisfies(g -> assertThat(g.unavailable()).isTrue());
  }

  @Test
  void readsGuildCreate() {
    GuildCreate.Available create = (GuildCreate.Available) parseAll(payload("guild_create.json"));
    var guild = create.guild();
    assertThat(guild.name()).isEqualTo("gloam test guild");
    assertThat(guild.memberCount()).contains(2);
    assertThat(guild.roles().getFirst().permissions().contains(Permissions.VIEW_CHANNEL)).isTrue();
    assertThat(guild.channels().orElseThrow().getFirst().type()).isEqualTo(ChannelType.GUILD_TEXT);
    assertThat(guild.members().orElseThrow().getFirst().user().orElseThrow().displayName())
        .isEqualTo("Human");
    assertThat(guild.joinedAt()).contains(Instant.parse("2026-11-26T21:09:29.123Z"));
  }

  @Test
  void readsUnavailableGuildCreate() {
    String json =
        "{\"op\":0,\"s\":5,\"t\":\"GUILD_CREATE\",\"d\":{\"id\":\"41771983423143936\",\"unavailable\":true}}";
    assertThat(parseAll(json))
        .isInstanceOfSatisfying(
            GuildCreate.Unavailable.class,
            u -> assertThat(u.id()).isEqualTo(Id.of(41771983423143936L)));
  }

  @Test
  void readsMessageCreate() {
    MessageCreate create = (MessageCreate) parseAll(payload("message_create.json"));
    assertThat(create.content()).isEqualTo("!ping");
    assertThat(create.channelId()).isEqualTo(Id.of(1101245000000000002L));
    assertThat(create.guildId()).contains(Id.of(1101245000000000001L));
    assertThat(create.author().isBot()).isFalse();
    assertThat(create.message().type()).isEqualTo(MessageType.DEFAULT);
    assertThat(create.message().editedTimestamp()).isEmpty();
    assertThat(create.message().member().orElseThrow().user()).isEmpty();
  }

  @Test
  void readsControlPayloadsWhateverTheKeyOrder() {
    assertThat(parseAll("{\"d\":{\"heartbeat_interval\":41250},\"op\":10,\"s\":null,\"t\":null}"))
        .isEqualTo(new Hello(41250));
    assertThat(parseAll("{\"t\":null,\"s\":null,\"op\":11,\"d\":null}"))
        .isEqualTo(new HeartbeatAck());
    assertThat(parseAll("{\"t\":null,\"s\":null,\"op\":9,\"d\":true}"))
        .isEqualTo(new InvalidSession(true));
  }

  @Test
  void dataIsReadTheSameWhereverTheEnvelopeFieldsStand() {
    String json = payload("message_create.json");
    PayloadHeader header = GatewayEventParser.header(json);
    String data = json.substring(header.dataStart(), header.dataEnd());
    // Discord's order binds d in the same pass; d before t and op needs a second look at d.
    String dataFirst = "{\"d\":" + data + ",\"s\":3,\"op\":0,\"t\":\"MESSAGE_CREATE\"}";
    String dataLast = "{\"t\":\"MESSAGE_CREATE\",\"op\":0,\"d\":" + data + ",\"s\":3}";
    Event expected = parseAll(json);
    for (String variant : new String[] {dataFirst, dataLast}) {
      assertThat(parseAll(variant)).isEqualTo(expected);
      assertThat(
              GatewayEventParser.parse(
                      variant.getBytes(StandardCharsets.UTF_8), EventTypeFlags.all())
                  .orElseThrow())
          .isEqualTo(expected);
    }
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    assertThat(GatewayEventParser.event(bytes, GatewayEventParser.header(bytes)))
        .contains(expected);
  }

  @Test
  void aWantedEventWithoutDataIsAnError() {
    String nullData = "{\"t\":\"MESSAGE_CREATE\",\"s\":3,\"op\":0,\"d\":null}";
    assertThatThrownBy(() -> parseAll(nullData))
        .isInstanceOfSatisfying(
            ModelJsonException.class,
            e -> assertThat(e.kind()).isEqualTo(ModelJsonException.Kind.UNEXPECTED_SHAPE));
    String noData = "{\"t\":\"MESSAGE_CREATE\",\"s\":3,\"op\":0}";
    assertThatThrownBy(() -> parseAll(noData))
        .isInstanceOfSatisfying(
            ModelJsonException.class,
            e -> assertThat(e.kind()).isEqualTo(ModelJsonException.Kind.UNEXPECTED_SHAPE));
    String wrongShape = "{\"t\":\"MESSAGE_CREATE\",\"s\":3,\"op\":0,\"d\":[1]}";
    assertThatThrownBy(() -> parseAll(wrongShape))
        .isInstanceOfSatisfying(
            ModelJsonException.class,
            e -> assertThat(e.kind()).isEqualTo(ModelJsonException.Kind.UNEXPECTED_SHAPE));
  }

  @Test
  void headerLeavesDataUnparsed() {
    String json = payload("message_create.json");
    PayloadHeader header = GatewayEventParser.header(json);
    assertThat(header.opcode()).isEqualTo(OpCode.DISPATCH);
    assertThat(header.sequence()).hasValue(3);
    assertThat(header.dispatchName()).contains("MESSAGE_CREATE");
    assertThat(json.substring(header.dataStart(), header.dataEnd()))
        .startsWith("{\"type\":0")
        .endsWith("}");
  }

  @Test
  void unwantedAndUnknownEventsAreSkipped() {
    assertThat(
            GatewayEventParser.parse(
                payload("message_create.json"), EventTypeFlags.of(EventType.READY)))
        .isEmpty();
    // Skipped payloads are not deserialized, so even a d of the wrong shape costs nothing.
    String wrongShape = "{\"op\":0,\"s\":4,\"t\":\"MESSAGE_CREATE\",\"d\":[1,2,3]}";
    assertThat(GatewayEventParser.parse(wrongShape, EventTypeFlags.none())).isEmpty();
    String future = "{\"op\":0,\"s\":9,\"t\":\"SOMETHING_NEW\",\"d\":{\"x\":1}}";
    assertThat(GatewayEventParser.parse(future, EventTypeFlags.all())).isEqualTo(Optional.empty());
    assertThat(GatewayEventParser.header(future).eventType().orElseThrow().isKnown()).isFalse();
  }

  @Test
  void malformedPayloadsAreErrorsWithAKind() {
    assertThatThrownBy(() -> GatewayEventParser.header("{\"op\":"))
        .isInstanceOfSatisfying(
            ModelJsonException.class,
            e -> assertThat(e.kind()).isEqualTo(ModelJsonException.Kind.MALFORMED));
    assertThatThrownBy(() -> GatewayEventParser.header("{\"t\":null}"))
        .isInstanceOfSatisfying(
            ModelJsonException.class,
            e -> assertThat(e.kind()).isEqualTo(ModelJsonException.Kind.UNEXPECTED_SHAPE));
  }

  @Test
  void eventTypeFlags() {
    EventTypeFlags flags = EventTypeFlags.of(EventType.READY, EventType.MESSAGE_CREATE);
    assertThat(flags.contains(EventType.READY)).isTrue();
    assertThat(flags.contains(EventType.GUILD_CREATE)).isFalse();
    assertThat(flags.contains(EventType.ofDispatch("SOMETHING_NEW"))).isFalse();
    assertThat(EventTypeFlags.all().types()).containsExactlyElementsOf(EventType.known());
    assertThat(EventType.ofDispatch("READY")).isSameAs(EventType.READY);
  }
}
