package dev.gloam.examples.shards;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.testkit.RecordedMessage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The sharded demo end to end: two shards answer, restart by resuming, and answer again. */
class ShardedBotTest {

  @Test
  @Timeout(120)
  void eachShardAnswersAndAResumedShardGetsWhatWasSaidWhileItWasDown() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    List<RecordedMessage> pongs =
        ShardedBot.runOffline(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    String transcript = buffer.toString(StandardCharsets.UTF_8);

    // Before the restart through the group, after it through the resumed shards.
    assertThat(pongs)
        .extracting(RecordedMessage::content)
        .containsExactly(
            "Pong from shard 0", "Pong from shard 1", "Pong from shard 0", "Pong from shard 1");
    assertThat(transcript)
        .contains("shard 0: ACTIVE", "shard 1: ACTIVE", "1 identified, 0 resumed")
        .contains("0 identified, 1 resumed")
        .contains("token=<redacted>")
        .doesNotContainPattern("[A-Za-z0-9+/]{20,}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,}");
  }
}
