package dev.gloam.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.model.gateway.event.EventType;
import dev.gloam.model.gateway.event.TypingStart;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The byte scanner gives the JSON parser's envelope, or leaves the payload to the parser. */
class EnvelopeScannerTest {

  private static PayloadHeader parser(byte[] bytes) {
    return GatewayEventParser.parserHeader(bytes);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"t\":\"MESSAGE_CREATE\",\"s\":42,\"op\":0,\"d\":{\"content\":\"a } ] \\\" {\"}}",
        "{\"op\":0,\"s\":7,\"t\":\"READY\",\"d\":{\"a\":[1,2,{\"b\":null}],\"c\":\"\\\\\"}}",
        "{\"d\":{\"x\":1},\"op\":0,\"t\":\"TYPING_START\",\"s\":3}",
        " { \"op\" : 11 , \"d\" : null , \"s\" : null , \"t\" : null } ",
        "{\"op\":10,\"d\":{\"heartbeat_interval\":41250}}",
        "{\"op\":9,\"d\":false}",
        "{\"op\":7,\"d\":null}",
        "{\"op\":42,\"d\":{\"future\":true}}",
        "{\"op\":0,\"s\":1,\"t\":\"GLOAM_FUTURE_EVENT\",\"d\":{\"future\":true},\"extra\":[{}]}",
        "{\"op\":0,\"s\":1,\"t\":\"TYPING_START\",\"d\":{\"a\":1},\"extra\":3}",
        "{\"t\":\"MESSAGE_DELETE_BULK\",\"s\":9,\"op\":0,\"d\":[1,[2]] }",
        "{\"op\":0,\"s\":5,\"t\":\"MESSAGE_CREATE\",\"d\":12345}",
        "{\"op\":0,\"s\":5,\"t\":\"M\\u0041\",\"d\":{}}",
        "{\"op\":0,\"s\":5,\"t\":\"MESSAGE_CREATE\",\"d\":{\"name\":\"caf\u00e9\"}}"
      })
  void agreesWithTheParser(String payload) {
    byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
    PayloadHeader fast = EnvelopeScanner.scan(bytes);
    PayloadHeader slow = parser(bytes);
    if (fast != null) {
      assertThat(fast).isEqualTo(slow);
    }
    assertThat(GatewayEventParser.header(bytes)).isEqualTo(slow);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"op\":0,\"d\":{\"id\":",
        "[1,2]",
        "{}",
        "{\"op\":\"zero\",\"d\":null}",
        "{\"o\\u0070\":0,\"d\":null}",
        "{\"op\":0,\"s\":-1,\"d\":null}",
        "{\"op\":0} trailing"
      })
  void leavesUnusualOrBrokenPayloadsToTheParser(String payload) {
    assertThat(EnvelopeScanner.scan(payload.getBytes(StandardCharsets.UTF_8))).isNull();
  }

  @Test
  void leavesTheInsideOfALastDataUnreadInDiscordsOrder() {
    // Broken inside d, but the envelope around it is whole: the event parser reports it.
    byte[] bytes =
        "{\"t\":\"TYPING_START\",\"s\":4,\"op\":0,\"d\":{\"user_id\":nul}}"
            .getBytes(StandardCharsets.UTF_8);
    PayloadHeader header = EnvelopeScanner.scan(bytes);
    assertThat(header).isNotNull();
    assertThat(header.sequence()).hasValue(4);
    assertThat(header.dispatchName()).contains("TYPING_START");
    assertThat(
            new String(
                bytes,
                header.dataStart(),
                header.dataEnd() - header.dataStart(),
                StandardCharsets.UTF_8))
        .isEqualTo("{\"user_id\":nul}");
    assertThatThrownBy(() -> GatewayEventParser.event(bytes, header))
        .isInstanceOfSatisfying(
            ModelJsonException.class,
            e -> assertThat(e.kind()).isEqualTo(ModelJsonException.Kind.MALFORMED));
  }

  @Test
  void aMemberAfterALastObjectIsNotSeenButDataStillParses() {
    // Discord never sends a member after d; if one came, d would still bind alone.
    byte[] bytes =
        ("{\"t\":\"TYPING_START\",\"s\":4,\"op\":0,\"d\":{\"channel_id\":\"1\","
                + "\"user_id\":\"2\",\"timestamp\":3},\"x\":{}}")
            .getBytes(StandardCharsets.UTF_8);
    PayloadHeader header = EnvelopeScanner.scan(bytes);
    assertThat(header).isNotNull();
    assertThat(GatewayEventParser.event(bytes, header)).get().isInstanceOf(TypingStart.class);
  }

  @Test
  void aKnownEventNameIsTheStringEventTypeHolds() {
    PayloadHeader known =
        EnvelopeScanner.scan(
            "{\"t\":\"MESSAGE_CREATE\",\"s\":1,\"op\":0,\"d\":{}}"
                .getBytes(StandardCharsets.UTF_8));
    assertThat(known.dispatchName().orElseThrow())
        .isSameAs(EventType.MESSAGE_CREATE.dispatchName().orElseThrow());
    PayloadHeader unknown =
        EnvelopeScanner.scan(
            "{\"t\":\"MESSAGE_CREATEX\",\"s\":1,\"op\":0,\"d\":{}}"
                .getBytes(StandardCharsets.UTF_8));
    assertThat(unknown.dispatchName()).contains("MESSAGE_CREATEX");
    assertThat(unknown.eventType().orElseThrow().isKnown()).isFalse();
  }
}
