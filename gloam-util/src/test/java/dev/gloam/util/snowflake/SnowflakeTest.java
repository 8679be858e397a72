package dev.gloam.util.snowflake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.model.id.Id;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Snowflakes split and made as Discord's reference "Snowflakes" lays them out. */
class SnowflakeTest {

  @Test
  void splitsAnIdIntoItsParts() {
    Snowflake parts = Snowflake.of(Id.of(175_928_847_299_117_063L));
    assertThat(parts.timestamp()).isEqualTo(Instant.parse("2016-04-30T11:18:25.796Z"));
    assertThat(parts.workerId()).isEqualTo(1);
    assertThat(parts.processId()).isZero();
    assertThat(parts.increment()).isEqualTo(7);
    assertThat(parts.timestamp()).isEqualTo(Id.of(175_928_847_299_117_063L).timestamp());
  }

  @Test
  void partsPutBackTogetherGiveTheSameId() {
    Random random = new Random(7);
    for (int i = 0; i < 10_000; i++) {
      long value = random.nextLong() >>> 1;
      assertThat(Snowflake.of(value).toId().value()).isEqualTo(value);
    }
    Snowflake max = new Snowflake(Instant.parse("2020-01-01T00:00:00Z"), 31, 31, 4095);
    assertThat(Snowflake.of(max.toId())).isEqualTo(max);
  }

  @Test
  void idsFromTimesBoundEverythingMadeAtThatMillisecond() {
    Instant time = Instant.parse("2026-11-27T12:00:00.123Z");
    Id<Object> first = Snowflake.firstAt(time);
    Id<Object> last = Snowflake.lastAt(time);
    assertThat(Snowflake.of(first)).isEqualTo(new Snowflake(time, 0, 0, 0));
    assertThat(Snowflake.of(last)).isEqualTo(new Snowflake(time, 31, 31, 4095));
    assertThat(last.value() + 1).isEqualTo(Snowflake.firstAt(time.plusMillis(1)).value());
    assertThat(Snowflake.firstAt(Instant.ofEpochMilli(Id.DISCORD_EPOCH_MILLIS)).value())
        .as("no id is 0")
        .isEqualTo(1);
  }

  @Test
  void refusesWhatASnowflakeCannotHold() {
    assertThatThrownBy(() -> Snowflake.firstAt(Instant.parse("2014-12-31T23:59:59Z")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2015-01-01T00:00:00Z");
    assertThatThrownBy(() -> Snowflake.lastAt(Instant.parse("2200-01-01T00:00:00Z")))
        .isInstanceOf(IllegalArgumentException.class);
    Instant now = Instant.parse("2026-01-01T00:00:00Z");
    assertThatThrownBy(() -> new Snowflake(now, 32, 0, 0))
        .hasMessage("workerId must be 0 to 31, not 32");
    assertThatThrownBy(() -> new Snowflake(now, 0, -1, 0))
        .hasMessage("processId must be 0 to 31, not -1");
    assertThatThrownBy(() -> new Snowflake(now, 0, 0, 4096))
        .hasMessage("increment must be 0 to 4095, not 4096");
    assertThatThrownBy(() -> new Snowflake(null, 0, 0, 0)).isInstanceOf(NullPointerException.class);
  }
}
