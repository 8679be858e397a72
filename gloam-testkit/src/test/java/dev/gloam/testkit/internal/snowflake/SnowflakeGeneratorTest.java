package dev.gloam.testkit.internal.snowflake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SnowflakeGeneratorTest {

  @Test
  void encodesTheTimeSinceTheDiscordEpoch() {
    Instant now = Instant.parse("2025-06-01T12:00:00Z");
    SnowflakeGenerator ids = new SnowflakeGenerator(Clock.fixed(now, ZoneOffset.UTC), 1, 2);
    long id = ids.next();
    assertThat(SnowflakeGenerator.timestampOf(id)).isEqualTo(now);
    assertThat((id >>> 17) & 0x1F).isEqualTo(1);
    assertThat((id >>> 12) & 0x1F).isEqualTo(2);
  }

  @Test
  void idsStrictlyIncreaseEvenWithAStoppedClock() {
    SnowflakeGenerator ids =
        new SnowflakeGenerator(
            Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC), 0, 0);
    long previous = ids.next();
    for (int i = 0; i < 10_000; i++) {
      long next = ids.next();
      assertThat(next).isGreaterThan(previous);
      previous = next;
    }
  }
}
