package dev.gloam.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

class DiscordInstantDeserializerTest {
  // Jackson's own reader, as gloam's mapper used before it read timestamps itself.
  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  private static Instant fast(String text) {
    return DiscordInstantDeserializer.parse(text.toCharArray(), 0, text.length());
  }

  private static Instant viaModel(String text) {
    return ModelJson.read("\"" + text + "\"", Instant.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2021-03-10T18:22:41.123000+00:00",
        "2021-03-10T18:22:41+00:00",
        "2021-03-10T18:22:41.1Z",
        "2021-03-10T18:22:41.123456789Z",
        "2021-03-10T18:22:41.5+05:30",
        "2021-03-10T01:22:41-08:00",
        "2024-02-29T23:59:59.999999+00:00",
        "2000-02-29T00:00:00Z",
        "1969-12-31T23:59:59.5Z",
        "1970-01-01T00:00:00Z",
        "0001-01-01T00:00:00Z",
        "9999-12-31T23:59:59+18:00",
        "2015-01-01T00:00:00.000000+00:00",
      })
  void readsDiscordsTimestampsAsTheJdkDoes(String text) {
    Instant expected = OffsetDateTime.parse(text).toInstant();
    assertThat(fast(text)).isEqualTo(expected);
    assertThat(viaModel(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2021-03-10 18:22:41Z",
        "2021-03-10T18:22:41",
        "2021-03-10T18:22:41.Z",
        "2021-03-10T18:22:41.1234567891Z",
        "2021-03-10T18:22:41+0000",
        "2021-03-10T18:22:41+00",
        "2021-13-10T18:22:41Z",
        "2023-02-29T18:22:41Z",
        "1900-02-29T18:22:41Z",
        "2021-03-10T24:00:00Z",
        "2021-03-10T18:60:41Z",
        "2021-03-10T18:22:60Z",
        "2021-03-10T18:22:41+19:00",
        "+2021-03-10T18:22:41Z",
        "2021-03-1OT18:22:41Z",
        "",
      })
  void leavesEverythingElseToJacksonsReader(String text) {
    assertThat(fast(text)).isNull();
    Instant plain;
    try {
      plain = PLAIN.readValue("\"" + text + "\"", Instant.class);
    } catch (JacksonException e) {
      assertThatThrownBy(() -> viaModel(text)).isInstanceOf(ModelJsonException.class);
      return;
    }
    assertThat(viaModel(text)).isEqualTo(plain);
  }

  @Test
  void agreesWithTheJdkOnRandomTimestamps() {
    SplittableRandom random = new SplittableRandom(20261126);
    DateTimeFormatter micros = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSxxx");
    for (int i = 0; i < 20_000; i++) {
      long seconds = random.nextLong(-62_135_596_800L, 253_402_300_799L - 64_800);
      int nanos = random.nextInt(1_000_000) * 1000;
      ZoneOffset offset = ZoneOffset.ofTotalSeconds(random.nextInt(-18 * 60, 18 * 60 + 1) * 60);
      Instant instant = Instant.ofEpochSecond(seconds, nanos);
      if (instant.atOffset(offset).getYear() < 1) {
        continue;
      }
      String text = micros.format(instant.atOffset(offset));
      assertThat(fast(text)).as(text).isEqualTo(instant);
    }
  }

  @Test
  void numbersStillGoThroughJacksonsReader() {
    assertThat(ModelJson.read("1615400561", Instant.class))
        .isEqualTo(PLAIN.readValue("1615400561", Instant.class));
  }
}
